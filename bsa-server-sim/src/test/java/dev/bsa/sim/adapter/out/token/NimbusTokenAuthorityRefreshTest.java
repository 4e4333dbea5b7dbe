package dev.bsa.sim.adapter.out.token;

import static dev.bsa.sim.adapter.out.token.TokenFixture.ALICE;
import static dev.bsa.sim.adapter.out.token.TokenFixture.NOW;
import static dev.bsa.sim.adapter.out.token.TokenFixture.OTHER_SHOP;
import static dev.bsa.sim.adapter.out.token.TokenFixture.SESSION;
import static dev.bsa.sim.adapter.out.token.TokenFixture.SHOP;
import static dev.bsa.sim.adapter.out.token.TokenFixture.aliceSession;
import static dev.bsa.sim.adapter.out.token.TokenFixture.authority;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.sim.application.model.AccessTokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NimbusTokenAuthorityRefreshTest {

    private static final Instant LATER = Instant.parse("2031-05-06T10:00:00Z");

    private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
    private final NimbusTokenAuthority authority = authority(new InMemorySigningKeyStore(), refreshTokens);
    private final IssuedTokens issued = authority.issue(aliceSession(AuthMethod.TOTP), NOW);

    @Test
    void refresh_givesANewPairForTheSameUserClientMethodAndSession_issuedAtTheCallersNow() {
        IssuedTokens renewed =
                authority.refresh(issued.refreshToken(), SHOP, LATER).value();

        assertThat(renewed.refreshToken()).isNotEqualTo(issued.refreshToken());
        AccessTokenClaims claims =
                authority.verify(renewed.accessToken(), LATER).value();
        assertThat(claims.subject()).isEqualTo(ALICE);
        assertThat(claims.audience()).isEqualTo(SHOP);
        assertThat(claims.method()).isEqualTo(AuthMethod.TOTP);
        assertThat(claims.session()).isEqualTo(SESSION);
        assertThat(claims.issuedAt()).isEqualTo(LATER);
    }

    @Test
    void theNewRefreshToken_refreshesAgain() {
        IssuedTokens renewed =
                authority.refresh(issued.refreshToken(), SHOP, LATER).value();

        assertThat(authority
                        .refresh(renewed.refreshToken(), SHOP, LATER.plusSeconds(1))
                        .isSuccess())
                .isTrue();
    }

    @Test
    void aUsedRefreshToken_isRefusedWith2002() {
        authority.refresh(issued.refreshToken(), SHOP, LATER).value();

        Result<IssuedTokens> second = authority.refresh(issued.refreshToken(), SHOP, LATER.plusSeconds(1));

        assertRejected(second, "already used");
    }

    @Test
    void aTokenPresentedByAnotherClient_isRefusedWith2002_andStillWorksForItsOwner() {
        assertRejected(authority.refresh(issued.refreshToken(), OTHER_SHOP, LATER), "another client");

        assertThat(authority.refresh(issued.refreshToken(), SHOP, LATER).isSuccess())
                .isTrue();
    }

    @Test
    void anExpiredRefreshToken_isRefusedWith2002() {
        Instant expiry = NOW.plus(Duration.ofDays(14));

        assertRejected(authority.refresh(issued.refreshToken(), SHOP, expiry), "expired");
    }

    @Test
    void aRefreshTokenJustBeforeItsExpiry_stillWorks() {
        Instant expiry = NOW.plus(Duration.ofDays(14));

        assertThat(authority
                        .refresh(issued.refreshToken(), SHOP, expiry.minusMillis(1))
                        .isSuccess())
                .isTrue();
    }

    @Test
    void anAccessToken_isNoRefreshToken() {
        assertRejected(authority.refresh(issued.accessToken(), SHOP, LATER), "malformed");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "abc",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!"
            })
    void aMissingOrMalformedRefreshToken_isRefusedWith2002(String token) {
        assertRejected(authority.refresh(token, SHOP, LATER), "malformed");
    }

    @Test
    void aWellFormedButUnknownRefreshToken_isRefusedWith2002() {
        assertRejected(authority.refresh("A".repeat(43), SHOP, LATER), "unknown");
    }

    @Test
    void twentyParallelRefreshesOfOneToken_giveExactlyOneNewPair() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Result<IssuedTokens>>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return authority.refresh(issued.refreshToken(), SHOP, LATER);
                }));
            }
            start.countDown();
            List<Result<IssuedTokens>> results = new ArrayList<>();
            for (Future<Result<IssuedTokens>> future : futures) {
                results.add(future.get());
            }

            assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
            assertThat(results)
                    .filteredOn(result -> !result.isSuccess())
                    .hasSize(19)
                    .allSatisfy(result -> assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER));
            assertThat(refreshTokens.all()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertRejected(Result<IssuedTokens> result, String detail) {
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(result.errorCode().code()).isEqualTo(2002);
        assertThat(result.rejection().detail()).contains(detail);
    }
}
