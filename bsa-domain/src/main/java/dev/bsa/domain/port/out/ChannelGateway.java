package dev.bsa.domain.port.out;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;

/** Opens the live channel a session's statuses flow through; a failure is a {@code 5015} rejection. */
public interface ChannelGateway {

    /** Opens the channel of {@code session}. */
    Result<Done> open(AuthSession session);
}
