package dev.bsa.client;

import dev.bsa.domain.model.AuthMethod;
import java.time.Instant;

/**
 * A login request waiting on a phone (push or OTP login, or a scanned QR login).
 *
 * @param sessionId        the session to start, approve or reject
 * @param method           the login method
 * @param clientKey        the website's client key
 * @param clientName       the website's name as the app shows it
 * @param status           the session's status, e.g. {@code "SelectNodes"}
 * @param expiresAt        the deadline
 * @param remainingSeconds whole seconds left when read
 */
public record PendingPush(
        String sessionId,
        AuthMethod method,
        String clientKey,
        String clientName,
        String status,
        Instant expiresAt,
        long remainingSeconds) {}
