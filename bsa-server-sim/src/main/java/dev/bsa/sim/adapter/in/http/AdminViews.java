package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.model.Base32;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The {@code data} shapes of the admin routes (the control plane). */
final class AdminViews {

    private AdminViews() {}

    /** A website. */
    record ClientView(String clientKey, String name, List<String> loginTypes) {
        static ClientView of(Client client) {
            return new ClientView(
                    client.key().value(),
                    client.name(),
                    client.loginTypes().stream().sorted().map(AuthMethod::name).toList());
        }
    }

    /** A user, with the TOTP secret in Base32. */
    record UserView(String userKey, String status, boolean deviceRegistered, String totpSecret) {
        static UserView of(User user) {
            return new UserView(
                    user.key().value(),
                    user.status().name(),
                    user.deviceRegistered(),
                    user.totpSecret()
                            .map(secret -> Base32.encode(secret.bytes()))
                            .orElse(null));
        }
    }

    /** A user's link to a website. */
    record LinkView(String userKey, String clientKey) {
        static LinkView of(Link link) {
            return new LinkView(link.user().value(), link.client().value());
        }
    }

    /** Whether something was there to delete. */
    record Deleted(boolean deleted) {}

    /** A newly issued device token, shown once. */
    record DeviceToken(String deviceToken) {}

    /** A user's TOTP counters. */
    record TotpState(int attemptsToday, int dailyLimit, LocalDate day, Instant lastAcceptedStep) {}

    /** Queued faults: the next N failures of each step. */
    record Faults(int channel, int push, int node, int server, int clientKey) {}

    /** The simulator's clock. */
    record EventView(long id, Instant at, String type, Object data) {}

    record ClockView(Instant now, boolean virtual) {}

    /** The clock after an advance, and how many sessions timed out. */
    record Advanced(Instant now, int expired) {}

    /** A session as the console shows it. */
    record SessionView(
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
            Integer errorCode) {
        static SessionView of(AuthSession session) {
            return new SessionView(
                    session.id().value(),
                    session.method().name(),
                    session.client().value(),
                    session.user().map(UserKey::value).orElse(null),
                    session.channelKey().map(ChannelKey::value).orElse(null),
                    session.qrId().map(QrId::value).orElse(null),
                    session.status().wireName(),
                    session.history().stream().map(AuthStatus::wireName).toList(),
                    session.createdAt(),
                    session.expiresAt(),
                    session.error().map(ErrorCode::code).orElse(null));
        }
    }

    /** One audit log entry. */
    record AuditView(
            Instant at,
            String sessionId,
            String method,
            String clientKey,
            String userKey,
            String status,
            int sequence,
            Integer errorCode) {
        static AuditView of(AuditEntry entry) {
            return new AuditView(
                    entry.at(),
                    entry.session().value(),
                    entry.method().name(),
                    entry.client().value(),
                    entry.user().map(UserKey::value).orElse(null),
                    entry.status().wireName(),
                    entry.sequence(),
                    entry.error().map(ErrorCode::code).orElse(null));
        }
    }
}
