package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;

/** The user rejected the login request on the phone: the session fails with 5010. */
public interface DeviceRejectUseCase {

    /** Rejections: 2002, 2004, 5001, 5019. */
    Result<AuthSession> reject(DeviceCommand command);
}
