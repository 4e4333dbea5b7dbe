package dev.bsa.sim.adapter.out.token;

import static dev.bsa.sim.adapter.out.token.TokenFixture.ISSUER;
import static dev.bsa.sim.adapter.out.token.TokenFixture.NOW;
import static dev.bsa.sim.adapter.out.token.TokenFixture.RANDOM;
import static dev.bsa.sim.adapter.out.token.TokenFixture.aliceSession;
import static dev.bsa.sim.adapter.out.token.TokenFixture.authority;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.sim.application.model.AccessTokenClaims;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NimbusTokenAuthorityVerifyTest {

    private final InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
    private final NimbusTokenAuthority authority = authority(keys, new InMemoryRefreshTokenStore());
    private final String token =
            authority.issue(aliceSession(AuthMethod.PUSH), NOW).accessToken();

    @Test
    void aTokenIsValidUntilJustBeforeItsExpiry() {
        assertThat(authority
                        .verify(token, NOW.plus(Duration.ofMinutes(10)).minusSeconds(1))
                        .isSuccess())
                .isTrue();
    }

    @Test
    void anExpiredToken_isRefusedWith2002() {
        assertRefused(authority.verify(token, NOW.plus(Duration.ofMinutes(10))), "expired");
        assertRefused(authority.verify(token, NOW.plus(Duration.ofDays(1))), "expired");
    }

    @Test
    void aTamperedPayload_isRefusedWith2002() throws Exception {
        SignedJWT original = SignedJWT.parse(token);
        String payload = original.getPayload().toString().replace("alice", "mallory");
        String forged =
                original.getHeader().toBase64URL() + "." + Base64URL.encode(payload) + "." + original.getSignature();

        assertRefused(authority.verify(forged, NOW), "signature");
    }

    @Test
    void aTamperedSignature_isRefusedWith2002() {
        String[] parts = token.split("\\.");
        char first = parts[2].charAt(0);
        String forged = parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1);

        assertRefused(authority.verify(forged, NOW), "signature");
    }

    @Test
    void anUnsignedAlgNoneToken_isRefusedWith2002() throws Exception {
        String unsigned = new PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();

        assertRefused(authority.verify(unsigned, NOW), "not a well-formed signed JWT");
    }

    @Test
    void anHs256TokenMadeWithThePublicKeyAsSecret_isRefusedWith2002() throws Exception {
        SignedJWT confused = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid()).build(),
                SignedJWT.parse(token).getJWTClaimsSet());
        confused.sign(new MACSigner(authority.jwksJson().getBytes(StandardCharsets.UTF_8)));

        assertRefused(authority.verify(confused.serialize(), NOW), "ES256");
    }

    @Test
    void aTokenOfAnotherSimulatorsKey_isRefusedWith2002() {
        String foreign = authority(new InMemorySigningKeyStore(), new InMemoryRefreshTokenStore())
                .issue(aliceSession(AuthMethod.PUSH), NOW)
                .accessToken();

        assertRefused(authority.verify(foreign, NOW), "unknown key");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderOurKeyId_isRefusedWith2002() throws Exception {
        ECKey otherKey = new ECKeyGenerator(Curve.P_256).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid()).build(),
                SignedJWT.parse(token).getJWTClaimsSet());
        forged.sign(new ECDSASigner(otherKey));

        assertRefused(authority.verify(forged.serialize(), NOW), "signature");
    }

    @Test
    void aTokenOfAnotherIssuerWithTheSameKey_isRefusedWith2002() {
        NimbusTokenAuthority otherIssuer =
                new NimbusTokenAuthority(keys, new InMemoryRefreshTokenStore(), RANDOM, "someone-else");

        assertRefused(otherIssuer.verify(token, NOW), "issuer");
    }

    @Test
    void ourSignatureOverIncompleteClaims_isRefusedWith2002() {
        authority.ensureSigningKey();
        EcSigningKey key = EcSigningKey.of(keys.load().orElseThrow());
        String incomplete = key.sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("alice")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(60)))
                .jwtID("x")
                .build());
        String badMethod = key.sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("alice")
                .audience("shop")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(60)))
                .jwtID("x")
                .claim("auth_method", "FAX")
                .claim("sid", "0123456789abcdef0123456789abcdef")
                .build());

        assertRefused(authority.verify(incomplete, NOW), "lacks");
        assertRefused(authority.verify(badMethod, NOW), "malformed claim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"text\"", "not json", "{\"exp\":\"soon\"}"})
    void ourSignatureOverAPayloadThatIsNoClaimsSet_isRefusedWith2002(String payload) throws Exception {
        JWSObject signed = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid()).build(), new Payload(payload));
        signed.sign(new ECDSASigner(ECKey.parse(keys.load().orElseThrow())));

        assertRefused(authority.verify(signed.serialize(), NOW), "accessToken");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "garbage",
                "a.b.c",
                "..",
                "...",
                "a.b",
                "eyJhbGciOiJFUzI1NiJ9..",
                "eyJhbGciOiJFUzI1NiJ9.e30.",
                "eyJ9.eyJ9.eyJ9",
                "e30.e30.e30",
                "W10.W10.W10",
                "bnVsbA.bnVsbA.bnVsbA",
                "\u0000.\u0000.\u0000"
            })
    void garbage_isRefusedWith2002_neverThrown(String garbage) {
        assertRefused(authority.verify(garbage, NOW), "accessToken");
    }

    @Test
    void aHugeString_isRefusedWith2002BeforeParsing() {
        assertRefused(authority.verify(token + "A".repeat(10_000_000), NOW), "longer than");
        assertRefused(authority.verify("x".repeat(AccessTokenVerifier.MAX_LENGTH + 1), NOW), "longer than");
    }

    @Test
    void randomMutationsOfAValidToken_neverThrow() {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ {}\"";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder mutated = new StringBuilder(token);
            int position = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.setCharAt(position, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> mutated.deleteCharAt(position);
                default -> mutated.setLength(position);
            }
            Result<AccessTokenClaims> result = authority.verify(mutated.toString(), NOW);
            if (!result.isSuccess()) {
                assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
            }
        }
    }

    private String kid() throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    private static void assertRefused(Result<AccessTokenClaims> result, String detail) {
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(result.rejection().detail()).contains(detail);
    }
}
