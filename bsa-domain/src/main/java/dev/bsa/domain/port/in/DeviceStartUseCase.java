package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;

/** The user opened a login request on the phone ({@code StartAuth}). */
public interface DeviceStartUseCase {

    /** Rejections: 2002, 2004 (not this user's session), 5001, 5019. */
    Result<AuthSession> start(DeviceCommand command);
}
