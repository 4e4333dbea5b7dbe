package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.out.SessionRepository;

/** Finds the session a phone answers: it must exist and be the phone's user's (2004 otherwise, revealing nothing). */
final class DeviceSessions {

    private final SessionRepository sessions;

    DeviceSessions(SessionRepository sessions) {
        this.sessions = sessions;
    }

    Result<AuthSession> owned(DeviceCommand command) {
        return SessionId.parse(command.sessionId())
                .flatMap(id -> sessions.findById(id)
                        .filter(session -> session.belongsTo(command.user()))
                        .map(Result::success)
                        .orElseGet(() -> Result.reject(
                                ErrorCode.CHANNEL_NOT_FOUND,
                                "user " + command.user() + " has no session with this id")));
    }
}
