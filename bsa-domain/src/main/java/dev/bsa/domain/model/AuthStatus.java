package dev.bsa.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status of an authentication session, with the exact strings the real service sends to the
 * SDK's {@code set*Message} callbacks.
 */
public enum AuthStatus {
    REQUEST_AUTH("RequestAuth", false),
    CREATE_CHANNEL("CreateChannel", false),
    SELECT_NODES("SelectNodes", false),
    START_AUTH("StartAuth", false),
    START_VERIFICATION_OF_NODES("StartVerificationOfNodes", false),
    COMPLETE_VERIFICATION_OF_NODES("CompleteVerificationOfNodes", false),
    REQUEST_CANCEL("RequestCancel", false),
    AUTH_CANCELED("AuthCanceled", true),
    AUTH_FAILED("AuthFailed", true),
    AUTH_COMPLETED("AuthCompleted", true),
    AUTH_TIMEOUT("AuthTimeout", true);

    private final String wireName;
    private final boolean terminal;

    AuthStatus(String wireName, boolean terminal) {
        this.wireName = wireName;
        this.terminal = terminal;
    }

    /** The string sent on the wire and to status callbacks, e.g. {@code "RequestAuth"}. */
    public String wireName() {
        return wireName;
    }

    /** True when no further status can follow. */
    public boolean isTerminal() {
        return terminal;
    }

    /** The status with the given wire string, if any. */
    public static Optional<AuthStatus> ofWireName(String wireName) {
        return Arrays.stream(values())
                .filter(status -> status.wireName.equals(wireName))
                .findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
