package dev.bsa.client;

import java.time.Instant;
import java.util.List;

/**
 * A login session as the simulator's console shows it.
 *
 * @param sessionId  the session id
 * @param method     PUSH, OTP, TOTP or QR
 * @param clientKey  the website
 * @param userKey    the user, or null while a QR login is unscanned
 * @param channelKey the channel key, or null (TOTP)
 * @param qrId       the QR id, or null
 * @param status     the current status
 * @param statuses   every status so far, in order
 * @param createdAt  when it started
 * @param expiresAt  its deadline
 * @param errorCode  the code it failed with, or null
 */
public record SessionSummary(
        String sessionId,
        String method,
        String clientKey,
        String userKey,
        String channelKey,
        String qrId,
        String status,
        List<String> statuses,
        Instant createdAt,
        Instant expiresAt,
        Integer errorCode) {}
