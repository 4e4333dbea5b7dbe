package dev.bsa.domain.port.in;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a website gets when a push, OTP or QR login started: where to watch it and how long it lasts.
 *
 * @param session          the session id
 * @param method           the method
 * @param channelKey       the key of the live channel (only the requester receives it)
 * @param qrId             the id to draw in the QR code (QR only)
 * @param expiresAt        the deadline
 * @param remainingSeconds whole seconds left at the moment of the answer
 */
public record SessionStarted(
        SessionId session,
        AuthMethod method,
        ChannelKey channelKey,
        Optional<QrId> qrId,
        Instant expiresAt,
        long remainingSeconds) {

    /** The answer for a freshly started {@code started} session at {@code now}. */
    public static SessionStarted of(AuthSession started, Instant now) {
        return new SessionStarted(
                started.id(),
                started.method(),
                started.channelKey().orElseThrow(),
                started.qrId(),
                started.expiresAt(),
                started.remainingSeconds(now));
    }
}
