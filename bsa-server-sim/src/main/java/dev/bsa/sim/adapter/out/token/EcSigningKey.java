package dev.bsa.sim.adapter.out.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bsa.sim.application.port.out.SigningKeyStore;
import java.text.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simulator's one ES256 (P-256) signing key, identified by its RFC 7638 thumbprint. */
final class EcSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(EcSigningKey.class);

    private final ECKey key;
    private final JWSSigner signer;
    private final JWSVerifier verifier;

    private EcSigningKey(ECKey key) throws JOSEException {
        this.key = key;
        this.signer = new ECDSASigner(key);
        this.verifier = new ECDSAVerifier(key.toPublicJWK());
    }

    /**
     * The key in a stored private JWK.
     *
     * @throws IllegalStateException when it is not a private P-256 EC JWK
     */
    static EcSigningKey of(String storedJwk) {
        return withSigner(parse(storedJwk));
    }

    /**
     * A new key, stored in {@code store} unless another simulator sharing it stored one first: the key returned is the
     * one the store holds, committed, so that every token signed with it verifies after a restart.
     *
     * @throws IllegalStateException when the key cannot be made, or the stored one is not a private P-256 EC JWK
     */
    static EcSigningKey createIn(SigningKeyStore store) {
        ECKey made;
        try {
            made = normalized(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("the ES256 signing key cannot be set up", e);
        }
        String stored = store.saveIfAbsent(made.toJSONString());
        EcSigningKey key = of(stored);
        if (key.keyId().equals(made.getKeyID())) {
            LOG.info("Generated a new ES256 token signing key {}", key.keyId());
        } else {
            LOG.info("Using the ES256 token signing key {} that another simulator stored first", key.keyId());
        }
        return key;
    }

    private static EcSigningKey withSigner(ECKey key) {
        try {
            return new EcSigningKey(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("the ES256 signing key cannot be set up", e);
        }
    }

    /** The key id: the RFC 7638 thumbprint of the public key. */
    String keyId() {
        return key.getKeyID();
    }

    /** The compact serialization of {@code claims} signed with ES256 under this key's id. */
    String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(keyId())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with the ES256 key failed", e);
        }
        return jwt.serialize();
    }

    /** True when {@code jwt}, already known to claim ES256, carries a valid signature of this key. */
    boolean hasSigned(SignedJWT jwt) {
        try {
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    /** The public key as a JWK Set document. */
    String publicJwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    private static ECKey parse(String json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored signing key is not a JWK", e);
        }
        if (!(jwk instanceof ECKey) || !Curve.P_256.equals(((ECKey) jwk).getCurve()) || !jwk.isPrivate()) {
            throw new IllegalStateException("the stored signing key is not a private P-256 EC key");
        }
        try {
            return normalized((ECKey) jwk);
        } catch (JOSEException e) {
            throw new IllegalStateException("the stored signing key has no thumbprint", e);
        }
    }

    private static ECKey normalized(ECKey key) throws JOSEException {
        return new ECKey.Builder(key)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .keyIDFromThumbprint()
                .build();
    }
}
