package dev.bsa.sim.adapter.out.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.AccessTokenClaims;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks untrusted access tokens: size, ES256 only, this simulator's key id and signature, issuer,
 * expiry against the caller's "now", then every claim's syntax. Every failure is a 2002 rejection.
 */
final class AccessTokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenVerifier.class);

    /** Claim naming the login method. */
    static final String METHOD_CLAIM = "auth_method";
    /** Claim naming the login's session. */
    static final String SESSION_CLAIM = "sid";
    /** Far above any token this simulator issues; longer input is refused before parsing. */
    static final int MAX_LENGTH = 4_096;

    private final Supplier<EcSigningKey> key;
    private final String issuer;

    AccessTokenVerifier(Supplier<EcSigningKey> key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    Result<AccessTokenClaims> verify(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return reject("accessToken is missing");
        }
        if (token.length() > MAX_LENGTH) {
            return reject("accessToken is longer than " + MAX_LENGTH + " characters");
        }
        EcSigningKey signingKey = key.get();
        try {
            return verifySigned(SignedJWT.parse(token), signingKey, now);
        } catch (ParseException e) {
            return reject("accessToken is not a well-formed signed JWT: " + e.getMessage());
        } catch (RuntimeException e) {
            // nimbus-jose-jwt throws e.g. a NullPointerException for a header that is JSON null; input
            // from the wire must end as a rejection all the same.
            LOG.debug("Access token refused by the JWT library", e);
            return reject("accessToken is malformed");
        }
    }

    private Result<AccessTokenClaims> verifySigned(SignedJWT jwt, EcSigningKey signingKey, Instant now)
            throws ParseException {
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return reject("accessToken must be signed with ES256, not "
                    + jwt.getHeader().getAlgorithm());
        }
        if (!signingKey.keyId().equals(jwt.getHeader().getKeyID())) {
            return reject("accessToken was signed by an unknown key");
        }
        if (!signingKey.hasSigned(jwt)) {
            return reject("accessToken signature does not verify");
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        if (!issuer.equals(claims.getIssuer())) {
            return reject("accessToken was issued by another issuer");
        }
        Date expiresAt = claims.getExpirationTime();
        Date issuedAt = claims.getIssueTime();
        if (expiresAt == null || issuedAt == null || claims.getJWTID() == null) {
            return reject("accessToken lacks exp, iat or jti");
        }
        if (!now.isBefore(expiresAt.toInstant())) {
            return reject("accessToken expired at " + expiresAt.toInstant());
        }
        return read(claims, issuedAt.toInstant(), expiresAt.toInstant(), signingKey.keyId());
    }

    private Result<AccessTokenClaims> read(JWTClaimsSet claims, Instant issuedAt, Instant expiresAt, String keyId)
            throws ParseException {
        List<String> audience = claims.getAudience();
        String method = claims.getStringClaim(METHOD_CLAIM);
        String session = claims.getStringClaim(SESSION_CLAIM);
        if (audience.size() != 1 || claims.getSubject() == null || method == null || session == null) {
            return reject("accessToken lacks sub, aud, " + METHOD_CLAIM + " or " + SESSION_CLAIM);
        }
        try {
            return Result.success(new AccessTokenClaims(
                    issuer,
                    new UserKey(claims.getSubject()),
                    new ClientKey(audience.get(0)),
                    AuthMethod.valueOf(method),
                    new SessionId(session),
                    issuedAt,
                    expiresAt,
                    keyId));
        } catch (IllegalArgumentException e) {
            return reject("accessToken has a malformed claim: " + e.getMessage());
        }
    }

    private static <T> Result<T> reject(String detail) {
        return Result.reject(ErrorCode.INVALID_PARAMETER, detail);
    }
}
