package dev.bsa.domain.service;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.DeviceStartUseCase;

/** The phone opened a request: {@code SelectNodes} to {@code StartAuth}. */
public final class DeviceStartService implements DeviceStartUseCase {

    private final DeviceSessions deviceSessions;
    private final SessionLifecycle lifecycle;

    DeviceStartService(DeviceSessions deviceSessions, SessionLifecycle lifecycle) {
        this.deviceSessions = deviceSessions;
        this.lifecycle = lifecycle;
    }

    @Override
    public Result<AuthSession> start(DeviceCommand command) {
        return deviceSessions
                .owned(command)
                .flatMap(session -> lifecycle.advance(session, new AuthEvent.AuthStarted()));
    }
}
