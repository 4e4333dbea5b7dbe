package dev.bsa.sim.adapter.out.token;

import static dev.bsa.sim.adapter.out.token.TokenFixture.NOW;
import static dev.bsa.sim.adapter.out.token.TokenFixture.aliceSession;
import static dev.bsa.sim.adapter.out.token.TokenFixture.authority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.testing.Concurrently;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NimbusTokenAuthorityKeyStoreTest {

    @Test
    void anEmptyStore_getsOneNewPrivateP256Key_storedByTheTimeTheStartEnds() throws Exception {
        InMemorySigningKeyStore keys = new InMemorySigningKeyStore();

        NimbusTokenAuthority authority = authority(keys, new InMemoryRefreshTokenStore());
        authority.ensureSigningKey();
        authority.ensureSigningKey();

        assertThat(keys.saves()).isEqualTo(1);
        JWK saved = JWK.parse(keys.load().orElseThrow());
        assertThat(saved).isInstanceOf(ECKey.class);
        assertThat(saved.isPrivate()).isTrue();
        assertThat(saved.toECKey().getCurve()).isEqualTo(Curve.P_256);
    }

    @Test
    void anEmptyStore_signsOnlyWithTheKeyItStored_andTheJwksPublishesThatKey() throws Exception {
        InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
        NimbusTokenAuthority authority = authority(keys, new InMemoryRefreshTokenStore());

        SignedJWT jwt = SignedJWT.parse(
                authority.issue(aliceSession(AuthMethod.PUSH), NOW).accessToken());

        assertThat(keys.saves()).isEqualTo(1);
        ECKey saved = JWK.parse(keys.load().orElseThrow()).toECKey();
        assertThat(jwt.getHeader().getKeyID())
                .isEqualTo(saved.computeThumbprint().toString());
        assertThat(authority.jwksJson()).contains(saved.computeThumbprint().toString());
    }

    @Test
    void manyNeedsAtOnceDuringTheStart_makeExactlyOneKey() {
        InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
        NimbusTokenAuthority authority = authority(keys, new InMemoryRefreshTokenStore());

        List<String> published = Concurrently.run(16, need -> authority.jwksJson());

        assertThat(Set.copyOf(published)).hasSize(1);
        assertThat(keys.saves()).isEqualTo(1);
    }

    @Test
    void afterARestartOverTheSameStore_theFirstAuthoritysTokensStillVerify() {
        InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
        InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
        IssuedTokens beforeRestart = authority(keys, refreshTokens).issue(aliceSession(AuthMethod.PUSH), NOW);

        NimbusTokenAuthority afterRestart = authority(keys, refreshTokens);

        assertThat(keys.saves()).isEqualTo(1);
        assertThat(afterRestart
                        .verify(beforeRestart.accessToken(), NOW.plusSeconds(5))
                        .isSuccess())
                .isTrue();
        assertThat(afterRestart
                        .refresh(beforeRestart.refreshToken(), TokenFixture.SHOP, NOW.plusSeconds(5))
                        .isSuccess())
                .isTrue();
    }

    @Test
    void aKeyAlreadyInTheStore_isUsed_underItsThumbprint() throws Exception {
        ECKey stored =
                new ECKeyGenerator(Curve.P_256).keyID("chosen-by-someone").generate();
        InMemorySigningKeyStore keys = new InMemorySigningKeyStore(stored.toJSONString());

        NimbusTokenAuthority authority = authority(keys, new InMemoryRefreshTokenStore());
        SignedJWT jwt = SignedJWT.parse(
                authority.issue(aliceSession(AuthMethod.PUSH), NOW).accessToken());

        assertThat(keys.saves()).isZero();
        assertThat(jwt.getHeader().getKeyID())
                .isEqualTo(stored.computeThumbprint().toString());
        assertThat(jwt.verify(new ECDSAVerifier(stored.toPublicJWK()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{}", "{\"kty\":\"EC\"}"})
    void aCorruptStoredKey_stopsStartup(String stored) {
        InMemorySigningKeyStore keys = new InMemorySigningKeyStore(stored);

        assertThatThrownBy(() -> authority(keys, new InMemoryRefreshTokenStore()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoredKeyOfAnotherKind_stopsStartup() throws Exception {
        String publicOnly =
                new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONString();
        String otherCurve = new ECKeyGenerator(Curve.P_384).generate().toJSONString();
        String symmetric = new OctetSequenceKeyGenerator(256).generate().toJSONString();

        for (String stored : new String[] {publicOnly, otherCurve, symmetric}) {
            assertThatThrownBy(() -> authority(new InMemorySigningKeyStore(stored), new InMemoryRefreshTokenStore()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not a private P-256 EC key");
        }
    }
}
