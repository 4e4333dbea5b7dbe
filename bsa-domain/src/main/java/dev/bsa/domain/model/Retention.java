package dev.bsa.domain.model;

import java.time.Duration;

/**
 * How long history is kept once the rules no longer need it. An ended session (with its audit trail) is
 * deleted once {@code window} has passed since its deadline; a session ends at its deadline at the
 * latest, so that is at least {@code window} after its end.
 *
 * <p>The default, one hour, keeps a login's outcome readable by its channel key, in the session list and
 * in the audit trail long enough to look into a failed test after the fact, and bounds what a long-running
 * simulator keeps to one hour of logins.
 *
 * @param window how long an ended session stays after its deadline, 1 s to 30 days
 */
public record Retention(Duration window) {

    /** The shortest window accepted. */
    public static final Duration MIN_WINDOW = Duration.ofSeconds(1);

    /** The longest window accepted. */
    public static final Duration MAX_WINDOW = Duration.ofDays(30);

    public Retention {
        Ranges.require("retention", window, MIN_WINDOW, MAX_WINDOW);
    }

    /** One hour. */
    public static Retention defaults() {
        return new Retention(Duration.ofHours(1));
    }
}
