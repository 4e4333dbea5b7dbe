package dev.bsa.domain.service;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.DeviceRejectUseCase;

/** The user said no on the phone: the session fails with 5010. */
public final class DeviceRejectService implements DeviceRejectUseCase {

    private final DeviceSessions deviceSessions;
    private final SessionLifecycle lifecycle;

    DeviceRejectService(DeviceSessions deviceSessions, SessionLifecycle lifecycle) {
        this.deviceSessions = deviceSessions;
        this.lifecycle = lifecycle;
    }

    @Override
    public Result<AuthSession> reject(DeviceCommand command) {
        return deviceSessions
                .owned(command)
                .flatMap(session -> lifecycle.advance(session, new AuthEvent.UserRejected()));
    }
}
