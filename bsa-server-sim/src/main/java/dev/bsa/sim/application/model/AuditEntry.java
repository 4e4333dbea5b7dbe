package dev.bsa.sim.application.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One status change.
 *
 * @param at       when it was recorded
 * @param session  the session
 * @param method   its method
 * @param client   its website
 * @param user     its user, once known
 * @param status   the status entered
 * @param sequence the status's position in the session's history
 * @param error    the code, for a failed, timed-out or canceled end
 * @param sessionDeadline the session's deadline: the entry is kept as long as its session (see retention)
 */
public record AuditEntry(
        Instant at,
        SessionId session,
        AuthMethod method,
        ClientKey client,
        Optional<UserKey> user,
        AuthStatus status,
        int sequence,
        Optional<ErrorCode> error,
        Instant sessionDeadline) {}
