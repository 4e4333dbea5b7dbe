package dev.bsa.sim.application.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.service.ClientPolicy;
import dev.bsa.sim.application.model.AccessTokenClaims;
import dev.bsa.sim.application.port.in.WebsiteTokensUseCase;
import dev.bsa.sim.application.port.out.TokenAuthority;
import java.time.Clock;

/** The website side of tokens: refresh with rotation, verification for back-ends, and the public keys. */
public final class WebsiteTokensService implements WebsiteTokensUseCase {

    private final ClientPolicy clientPolicy;
    private final TokenAuthority authority;
    private final Clock clock;

    public WebsiteTokensService(ClientPolicy clientPolicy, TokenAuthority authority, Clock clock) {
        this.clientPolicy = clientPolicy;
        this.authority = authority;
        this.clock = clock;
    }

    @Override
    public Result<IssuedTokens> refresh(String clientKey, String refreshToken) {
        Result<Client> client = clientPolicy.authenticate(clientKey);
        if (!client.isSuccess()) {
            return client.asRejection();
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "refreshToken is missing");
        }
        return authority.refresh(refreshToken, client.value().key(), clock.instant());
    }

    @Override
    public Result<AccessTokenClaims> verify(String clientKey, String accessToken) {
        Result<Client> client = clientPolicy.authenticate(clientKey);
        if (!client.isSuccess()) {
            return client.asRejection();
        }
        if (accessToken == null || accessToken.isBlank()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "accessToken is missing");
        }
        return authority
                .verify(accessToken, clock.instant())
                .check(claims -> claims.audience().equals(client.value().key())
                        ? Result.done()
                        : Result.reject(ErrorCode.INVALID_PARAMETER, "the access token was issued to another client"));
    }

    @Override
    public String jwks() {
        return authority.jwksJson();
    }
}
