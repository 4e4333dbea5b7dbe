package dev.bsa.sim.application.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How a user's simulated phone answers login requests.
 *
 * @param mode  what it does
 * @param delay how long it waits before answering (auto modes only)
 */
public record PhoneAnswering(Mode mode, Duration delay) {

    /** The longest delay accepted. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(10);

    /** What the phone does with a login request. */
    public enum Mode {
        /** Shows the request and waits for someone to answer it (phone page, device API). */
        MANUAL,
        /** Approves by itself after the delay. */
        AUTO_APPROVE,
        /** Rejects by itself after the delay (5010). */
        AUTO_REJECT,
        /** Never receives the request: the login runs into its deadline (5001). */
        NEVER_ANSWER
    }

    public PhoneAnswering {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and " + MAX_DELAY);
        }
    }

    /** The default: the phone waits for a person. */
    public static PhoneAnswering manual() {
        return new PhoneAnswering(Mode.MANUAL, Duration.ZERO);
    }
}
