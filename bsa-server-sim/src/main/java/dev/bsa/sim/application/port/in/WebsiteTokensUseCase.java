package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.sim.application.model.AccessTokenClaims;

/** The website side of tokens: refresh with rotation, verification for back-ends, and the public keys. */
public interface WebsiteTokensUseCase {

    /** A new token pair for a refresh token (2000 bad client key; 2002 missing, unknown, used, expired, or another client's). */
    Result<IssuedTokens> refresh(String clientKey, String refreshToken);

    /** The claims of an access token issued to this client (2000 bad client key; 2002 invalid, expired, or another client's). */
    Result<AccessTokenClaims> verify(String clientKey, String accessToken);

    /** The public signing keys as a JWK Set document. */
    String jwks();
}
