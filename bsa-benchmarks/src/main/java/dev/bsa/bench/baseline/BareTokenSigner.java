package dev.bsa.bench.baseline;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

/**
 * nimbus-jose-jwt and nothing else: an ES256 access token with the claims the simulator puts in its own
 * (issuer, subject = user key, audience = client key, issued, expiry in 10 minutes, a random token id, the
 * login method and a session id), under a P-256 key made at start with a key id. Thread-safe.
 */
public final class BareTokenSigner {

    /** The simulator's issuer. */
    public static final String ISSUER = "bsa-simulator";

    private static final Duration ACCESS_LIFETIME = Duration.ofMinutes(10);
    private static final int RANDOM_ID_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final ECKey key;
    private final ECDSASigner signer;
    private final JWSHeader header;

    /** A signer with a new P-256 key. */
    public BareTokenSigner() {
        try {
            key = new ECKeyGenerator(Curve.P_256)
                    .keyID(HexFormat.of().formatHex(randomBytes()))
                    .generate();
            signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("no P-256 key could be made", e);
        }
        header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
    }

    /** A signed token for a TOTP login of {@code userKey} at {@code clientKey}, now. */
    public Signed sign(String userKey, String clientKey) {
        String sessionId = HexFormat.of().formatHex(randomBytes());
        return new Signed(sessionId, sign(claims(userKey, clientKey, sessionId, Instant.now())));
    }

    /** The claims the simulator signs for such a login. */
    public JWTClaimsSet claims(String userKey, String clientKey, String sessionId, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userKey)
                .audience(clientKey)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ACCESS_LIFETIME)))
                .jwtID(HexFormat.of().formatHex(randomBytes()))
                .claim("auth_method", "TOTP")
                .claim("sid", sessionId)
                .build();
    }

    /** {@code claims} signed with ES256, in compact form. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with the ES256 key failed", e);
        }
        return jwt.serialize();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[RANDOM_ID_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * A token and the session id in it.
     *
     * @param sessionId   the {@code sid} claim
     * @param accessToken the compact JWS
     */
    public record Signed(String sessionId, String accessToken) {}
}
