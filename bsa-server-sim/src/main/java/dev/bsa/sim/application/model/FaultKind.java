package dev.bsa.sim.application.model;

import dev.bsa.domain.error.ErrorCode;

/** The steps of a login a fault can be injected into, each with the code the login then fails with. */
public enum FaultKind {
    /** A website API call is refused as if its client key were unknown: 2000, nothing changed. */
    CLIENT_KEY(ErrorCode.INVALID_CLIENT_KEY),
    /** Channel creation fails: 5015. */
    CHANNEL(ErrorCode.CHANNEL_CREATION_FAILED),
    /** Push sending fails: 5017. */
    PUSH(ErrorCode.PUSH_FAILED),
    /** Node verification fails: 5022. */
    NODE(ErrorCode.NODE_VERIFICATION_FAILED),
    /**
     * A website API call with a valid client key fails as the real service does on an internal error: 2001
     * (HTTP 500), nothing changed. Lets an integrator test the one code that is otherwise only a bug.
     */
    SERVER(ErrorCode.SERVER_ERROR);

    /** The most faults of one kind that can be queued. */
    public static final int MAX_PENDING = 10_000;

    private final ErrorCode failsWith;

    FaultKind(ErrorCode failsWith) {
        this.failsWith = failsWith;
    }

    /** The code a login fails with when this fault strikes. */
    public ErrorCode failsWith() {
        return failsWith;
    }
}
