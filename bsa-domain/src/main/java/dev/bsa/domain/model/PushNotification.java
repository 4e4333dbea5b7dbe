package dev.bsa.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What the service pushes to the user's phone for a push or OTP login.
 *
 * @param session    the session to answer
 * @param user       the recipient
 * @param client     the requesting website
 * @param clientName the website's name, shown on the phone
 * @param method     push or OTP
 * @param expiresAt  the session's deadline
 */
public record PushNotification(
        SessionId session, UserKey user, ClientKey client, String clientName, AuthMethod method, Instant expiresAt) {

    public PushNotification {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
