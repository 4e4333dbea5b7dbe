package dev.bsa.sim.adapter.out.token;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.port.out.RandomSource;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Shared values of the token tests. */
final class TokenFixture {

    static final String ISSUER = "bsa-simulator";
    static final Instant NOW = Instant.parse("2031-05-06T07:08:09.250Z");
    static final UserKey ALICE = new UserKey("alice");
    static final ClientKey SHOP = new ClientKey("shop-client");
    static final ClientKey OTHER_SHOP = new ClientKey("other-client");
    static final SessionId SESSION = new SessionId("0123456789abcdef0123456789abcdef");
    static final RandomSource RANDOM = TokenFixture::randomBytes;

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    private TokenFixture() {}

    /** A push session of Alice on the shop, as the domain hands it over when it completes. */
    static AuthSession aliceSession(AuthMethod method) {
        Optional<ChannelKey> channel = method.hasChannel()
                ? Optional.of(new ChannelKey("fedcba9876543210fedcba9876543210"))
                : Optional.empty();
        return AuthSession.requested(
                SESSION, method, SHOP, Optional.of(ALICE), channel, Optional.empty(), NOW, Duration.ofSeconds(60));
    }

    static NimbusTokenAuthority authority(InMemorySigningKeyStore keys, InMemoryRefreshTokenStore refreshTokens) {
        return new NimbusTokenAuthority(keys, refreshTokens, RANDOM, ISSUER);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        SECURE_RANDOM.nextBytes(bytes);
        return bytes;
    }
}
