package dev.bsa.sim.adapter.out.token;

import static dev.bsa.sim.adapter.out.token.TokenFixture.ALICE;
import static dev.bsa.sim.adapter.out.token.TokenFixture.ISSUER;
import static dev.bsa.sim.adapter.out.token.TokenFixture.NOW;
import static dev.bsa.sim.adapter.out.token.TokenFixture.SESSION;
import static dev.bsa.sim.adapter.out.token.TokenFixture.SHOP;
import static dev.bsa.sim.adapter.out.token.TokenFixture.aliceSession;
import static dev.bsa.sim.adapter.out.token.TokenFixture.authority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.sim.application.model.AccessTokenClaims;
import dev.bsa.sim.application.port.out.RefreshTokenStore.RefreshTokenRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NimbusTokenAuthorityIssueTest {

    private final InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
    private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
    private final NimbusTokenAuthority authority = authority(keys, refreshTokens);

    @Test
    void accessToken_isAnEs256JwtWithTheThumbprintAsKeyId() throws Exception {
        SignedJWT jwt = SignedJWT.parse(
                authority.issue(aliceSession(AuthMethod.PUSH), NOW).accessToken());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getKeyID())
                .isEqualTo(publishedKey().computeThumbprint().toString());
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void accessToken_namesIssuerUserClientMethodSessionAndLifetime(AuthMethod method) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(
                        authority.issue(aliceSession(method), NOW).accessToken())
                .getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getAudience()).containsExactly("shop-client");
        assertThat(claims.getStringClaim("auth_method")).isEqualTo(method.name());
        assertThat(claims.getStringClaim("sid")).isEqualTo(SESSION.value());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW.truncatedTo(ChronoUnit.SECONDS));
        assertThat(claims.getExpirationTime().toInstant())
                .isEqualTo(NOW.plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS));
        assertThat(claims.getJWTID()).matches("[0-9a-f]{32}");
    }

    @Test
    void issue_takesTheTimeFromTheCaller_notTheSystemClock() throws Exception {
        Instant longAgo = Instant.parse("2001-02-03T04:05:06Z");

        JWTClaimsSet claims = SignedJWT.parse(
                        authority.issue(aliceSession(AuthMethod.TOTP), longAgo).accessToken())
                .getJWTClaimsSet();

        assertThat(claims.getIssueTime().toInstant()).isEqualTo(longAgo);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(longAgo.plusSeconds(600));
    }

    @Test
    void everyIssue_givesDistinctTokenIdsAndRefreshTokens() throws Exception {
        IssuedTokens first = authority.issue(aliceSession(AuthMethod.PUSH), NOW);
        IssuedTokens second = authority.issue(aliceSession(AuthMethod.PUSH), NOW);

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(SignedJWT.parse(second.accessToken()).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(
                        SignedJWT.parse(first.accessToken()).getJWTClaimsSet().getJWTID());
    }

    @Test
    void verify_returnsTheClaimsOfAFreshToken() {
        IssuedTokens tokens = authority.issue(aliceSession(AuthMethod.OTP), NOW);

        AccessTokenClaims claims =
                authority.verify(tokens.accessToken(), NOW.plusSeconds(1)).value();

        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.subject()).isEqualTo(ALICE);
        assertThat(claims.audience()).isEqualTo(SHOP);
        assertThat(claims.method()).isEqualTo(AuthMethod.OTP);
        assertThat(claims.session()).isEqualTo(SESSION);
        assertThat(claims.issuedAt()).isEqualTo(Instant.parse("2031-05-06T07:08:09Z"));
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2031-05-06T07:18:09Z"));
        assertThat(claims.keyId()).isEqualTo(publishedKey().getKeyID());
    }

    @Test
    void jwks_publishesOnePublicP256SigningKey_thatVerifiesIssuedTokens() throws Exception {
        ECKey published = publishedKey();
        SignedJWT jwt = SignedJWT.parse(
                authority.issue(aliceSession(AuthMethod.PUSH), NOW).accessToken());

        assertThat(published.isPrivate()).isFalse();
        assertThat(authority.jwksJson()).doesNotContain("\"d\"");
        assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(published.getKeyID()).isEqualTo(published.computeThumbprint().toString());
        assertThat(jwt.verify(new ECDSAVerifier(published))).isTrue();
    }

    @Test
    void refreshToken_is32RandomBytesInBase64url_storedOnlyAsItsSha256() throws Exception {
        IssuedTokens tokens = authority.issue(aliceSession(AuthMethod.PUSH), NOW);

        assertThat(tokens.refreshToken()).matches("[A-Za-z0-9_-]{43}");
        List<RefreshTokenRecord> stored = refreshTokens.all();
        assertThat(stored).hasSize(1);
        RefreshTokenRecord record = stored.get(0);
        assertThat(record.tokenHash())
                .isEqualTo(sha256Hex(tokens.refreshToken()))
                .isNotEqualTo(tokens.refreshToken());
        assertThat(record)
                .isEqualTo(new RefreshTokenRecord(
                        record.tokenHash(), SESSION, ALICE, SHOP, AuthMethod.PUSH, NOW, NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void aSessionWithoutUser_isAProgrammingError() {
        AuthSession unscannedQr = AuthSession.requested(
                SESSION,
                AuthMethod.QR,
                SHOP,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                NOW,
                Duration.ofSeconds(60));

        assertThatThrownBy(() -> authority.issue(unscannedQr, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    private ECKey publishedKey() {
        try {
            JWKSet set = JWKSet.parse(authority.jwksJson());
            assertThat(set.getKeys()).hasSize(1);
            return set.getKeys().get(0).toECKey();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
