package dev.bsa.domain.model;

import java.util.Objects;

/**
 * One status a session passed through, as published to its channel.
 *
 * @param session  the session after the change that produced this status (its latest state)
 * @param status   the status passed through
 * @param sequence the status's position in the session's history, from 0
 */
public record StatusUpdate(AuthSession session, AuthStatus status, int sequence) {

    public StatusUpdate {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(status, "status");
    }

    /** True when this is the session's last status and it is terminal. */
    public boolean isFinal() {
        return status.isTerminal();
    }
}
