package dev.bsa.sim.control;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.Tokens;
import dev.bsa.domain.service.ClientPolicy;
import dev.bsa.sim.control.port.TokenAuthority;
import dev.bsa.sim.control.port.TokenAuthority.AccessTokenClaims;
import java.time.Clock;

/** The website side of tokens: refresh with rotation, verification for back-ends, and the public keys. */
public final class TokenService {

    private final ClientPolicy clientPolicy;
    private final TokenAuthority authority;
    private final Clock clock;

    public TokenService(ClientPolicy clientPolicy, TokenAuthority authority, Clock clock) {
        this.clientPolicy = clientPolicy;
        this.authority = authority;
        this.clock = clock;
    }

    /** A new token pair for a refresh token (2000 bad client key; 2002 missing, unknown, used, expired, or another client's). */
    public Result<Tokens> refresh(String clientKey, String refreshToken) {
        Result<Client> client = clientPolicy.authenticate(clientKey);
        if (!client.isSuccess()) {
            return client.asRejection();
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "refreshToken is missing");
        }
        return authority.refresh(refreshToken, client.value().key(), clock.instant());
    }

    /** The claims of an access token issued to this client (2000 bad client key; 2002 invalid, expired, or another client's). */
    public Result<AccessTokenClaims> verify(String clientKey, String accessToken) {
        Result<Client> client = clientPolicy.authenticate(clientKey);
        if (!client.isSuccess()) {
            return client.asRejection();
        }
        if (accessToken == null || accessToken.isBlank()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "accessToken is missing");
        }
        return authority.verify(accessToken, clock.instant()).check(claims -> claims.audience().equals(client.value().key())
                ? Result.done()
                : Result.reject(ErrorCode.INVALID_PARAMETER, "the access token was issued to another client"));
    }

    /** The public signing keys as a JWK Set document. */
    public String jwks() {
        return authority.jwksJson();
    }
}
