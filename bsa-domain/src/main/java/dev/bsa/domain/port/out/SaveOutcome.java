package dev.bsa.domain.port.out;

/** How a conditional write of a session ended. */
public enum SaveOutcome {
    /** The session was written. */
    SAVED,
    /** Not written: the session's user already has another live session (one live session per user). */
    USER_BUSY,
    /** Not written: the stored session changed since it was read (someone else moved it first). */
    STALE
}
