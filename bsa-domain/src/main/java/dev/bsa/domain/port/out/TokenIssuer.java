package dev.bsa.domain.port.out;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Tokens;
import java.time.Instant;

/** Issues the access and refresh tokens of a successful login. */
public interface TokenIssuer {

    /** Tokens for the verified {@code session}, issued at {@code now}. */
    Tokens issue(AuthSession session, Instant now);
}
