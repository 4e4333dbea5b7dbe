package dev.bsa.sim.application.port.out;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.port.out.TokenIssuer;
import dev.bsa.sim.application.model.AccessTokenClaims;
import java.time.Instant;

/**
 * The token side of the simulator: issues signed access tokens and single-use refresh tokens,
 * rotates them on refresh, verifies access tokens and publishes the public keys.
 */
public interface TokenAuthority extends TokenIssuer {

    /**
     * A new pair for a refresh token issued to {@code client}; the old refresh token is used up.
     * 2002 when it is unknown, expired, already used, or was issued to another client.
     */
    Result<IssuedTokens> refresh(String refreshToken, ClientKey client, Instant now);

    /** The claims of a valid access token; 2002 when the signature, issuer or expiry is wrong. */
    Result<AccessTokenClaims> verify(String accessToken, Instant now);

    /** The public signing keys as a JWK Set document. */
    String jwksJson();
}
