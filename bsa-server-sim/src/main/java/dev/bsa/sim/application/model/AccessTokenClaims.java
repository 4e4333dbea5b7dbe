package dev.bsa.sim.application.model;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import java.time.Instant;

/**
 * What a verified access token says.
 *
 * @param issuer    the issuer
 * @param subject   the user
 * @param audience  the website
 * @param method    the login method
 * @param session   the login's session id
 * @param issuedAt  issue time
 * @param expiresAt expiry
 * @param keyId     the signing key's id
 */
public record AccessTokenClaims(
        String issuer,
        UserKey subject,
        ClientKey audience,
        AuthMethod method,
        SessionId session,
        Instant issuedAt,
        Instant expiresAt,
        String keyId) {}
