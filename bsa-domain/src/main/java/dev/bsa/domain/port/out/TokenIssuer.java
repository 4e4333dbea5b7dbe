package dev.bsa.domain.port.out;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import java.time.Instant;

/** Issues the access and refresh tokens of a successful login. */
public interface TokenIssuer {

    /** IssuedTokens for the verified {@code session}, issued at {@code now}. */
    IssuedTokens issue(AuthSession session, Instant now);
}
