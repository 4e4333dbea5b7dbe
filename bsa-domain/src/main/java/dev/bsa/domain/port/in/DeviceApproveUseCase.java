package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;

/**
 * The user passed the phone's secondary authentication and approved: the nodes verify and the
 * session completes with tokens. Approving an unopened request opens it first.
 */
public interface DeviceApproveUseCase {

    /** Rejections: 2002, 2004, 5001, 5019, and 5022 when node verification fails (the session ends with it). */
    Result<AuthSession> approve(DeviceCommand command);
}
