package dev.bsa.bench.load;

import java.time.Duration;
import java.util.Objects;

/**
 * What a load run does: which login flow, for how many users, with how many concurrent workers, for
 * how long (after a warm-up that is not measured), and how long one login may take.
 *
 * @param flow         push logins (phones approve by themselves at once) or TOTP logins
 * @param users        users created for the run; each worker logs in its own share of them in turn
 * @param workers      concurrent workers, each running one login after the other (a closed loop)
 * @param warmup       how long logins run before measuring starts
 * @param duration     how long logins are measured
 * @param loginTimeout how long one login may take before it counts as a client time-out
 * @param clientKey    the website the logins are made for (created or replaced by the run)
 * @param userPrefix   the users' keys are this prefix and a number (created or replaced by the run)
 */
public record LoadPlan(
        LoginFlow flow,
        int users,
        int workers,
        Duration warmup,
        Duration duration,
        Duration loginTimeout,
        String clientKey,
        String userPrefix) {

    public LoadPlan {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(loginTimeout, "loginTimeout");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(userPrefix, "userPrefix");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (users < workers) {
            throw new IllegalArgumentException(
                    "users (" + users + ") must be at least workers (" + workers + "): a user has one login at a time");
        }
        if (warmup.isNegative()
                || duration.isZero()
                || duration.isNegative()
                || loginTimeout.isZero()
                || loginTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "warm-up must not be negative; duration and login time-out must be positive");
        }
    }

    /** The login flows a run can drive. */
    public enum LoginFlow {
        /** {@code requestAuthCallback}: push, the phone approves by itself at once, tokens over WebSocket. */
        PUSH,
        /** {@code requestTotpCallback}: the right code for the simulator's (virtual) time, answered at once. */
        TOTP
    }
}
