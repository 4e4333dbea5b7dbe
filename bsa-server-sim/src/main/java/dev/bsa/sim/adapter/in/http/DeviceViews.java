package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.User;
import dev.bsa.sim.application.model.PhoneAnswering;
import java.time.Duration;
import java.time.Instant;

/** The {@code data} shapes of the device-side routes (the virtual phone). */
final class DeviceViews {

    private DeviceViews() {}

    /** A phone's behaviour. */
    record Phone(String mode, long delayMillis) {
        static Phone of(PhoneAnswering behaviour) {
            return new Phone(behaviour.mode().name(), behaviour.delay().toMillis());
        }
    }

    /** Who the phone belongs to. */
    record Me(String userKey, String status, boolean deviceRegistered, Phone phone) {
        static Me of(User user, PhoneAnswering behaviour) {
            return new Me(user.key().value(), user.status().name(), user.deviceRegistered(), Phone.of(behaviour));
        }
    }

    /** A login request waiting on the phone. */
    record Push(
            String sessionId,
            String method,
            String clientKey,
            String clientName,
            String status,
            Instant expiresAt,
            long remainingSeconds) {
        static Push of(AuthSession session, String clientName, Instant now) {
            return new Push(
                    session.id().value(),
                    session.method().name(),
                    session.client().value(),
                    clientName,
                    session.status().wireName(),
                    session.expiresAt(),
                    session.remainingSeconds(now));
        }
    }

    /** A session after the phone's answer. */
    record Answer(String sessionId, String status, Integer errorCode) {
        static Answer of(AuthSession session) {
            return new Answer(
                    session.id().value(),
                    session.status().wireName(),
                    session.error().map(code -> code.code()).orElse(null));
        }
    }

    /** An app OTP code. */
    record OtpCode(String code, Instant expiresAt, long remainingSeconds) {
        static OtpCode of(String code, Instant expiresAt, Instant now) {
            long millis = Duration.between(now, expiresAt).toMillis();
            return new OtpCode(code, expiresAt, millis <= 0 ? 0 : (millis + 999) / 1000);
        }
    }

    /** The current TOTP code. */
    record TotpCode(String code, Instant stepStart, long remainingSeconds, long stepSeconds) {}

    /** The session a QR scan bound to the phone's user. */
    record Scanned(String sessionId, String status) {}
}
