package dev.bsa.domain.testing;

import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds sessions for repository tests without the services: {@code aPushSession().forUser("alice")
 * .createdAt(t).build()}, then {@link #moved(AuthSession, AuthEvent...)} to take it further as the
 * services would (one version up). Ids, channel keys and QR ids are unique per build.
 */
public final class AuthSessionBuilder {

    private static final AtomicLong KEYS = new AtomicLong(0x5e55_1000_0000L);

    private final AuthMethod method;
    private Optional<UserKey> user = Optional.empty();
    private ClientKey client = new ClientKey("shop");
    private Instant createdAt = TestBsa.START;
    private Duration deadline = Duration.ofSeconds(60);

    private AuthSessionBuilder(AuthMethod method) {
        this.method = method;
    }

    /** A push session; give it a user with {@link #forUser(String)}. */
    public static AuthSessionBuilder aPushSession() {
        return new AuthSessionBuilder(AuthMethod.PUSH);
    }

    /** An OTP session; give it a user with {@link #forUser(String)}. */
    public static AuthSessionBuilder anOtpSession() {
        return new AuthSessionBuilder(AuthMethod.OTP);
    }

    /** A QR session, without a user until a scan binds one. */
    public static AuthSessionBuilder aQrSession() {
        return new AuthSessionBuilder(AuthMethod.QR);
    }

    /** A TOTP session; give it a user with {@link #forUser(String)}. */
    public static AuthSessionBuilder aTotpSession() {
        return new AuthSessionBuilder(AuthMethod.TOTP);
    }

    public AuthSessionBuilder forUser(String userKey) {
        this.user = Optional.of(new UserKey(userKey));
        return this;
    }

    public AuthSessionBuilder byClient(String clientKey) {
        this.client = new ClientKey(clientKey);
        return this;
    }

    public AuthSessionBuilder createdAt(Instant instant) {
        this.createdAt = instant;
        return this;
    }

    public AuthSessionBuilder deadline(Duration duration) {
        this.deadline = duration;
        return this;
    }

    /** The session in {@code RequestAuth}, at version 0. */
    public AuthSession build() {
        Optional<ChannelKey> channel = method.hasChannel() ? Optional.of(new ChannelKey(nextKey())) : Optional.empty();
        Optional<QrId> qrId = method == AuthMethod.QR ? Optional.of(new QrId(nextKey())) : Optional.empty();
        return AuthSession.requested(
                new SessionId(nextKey()), method, client, user, channel, qrId, createdAt, deadline);
    }

    /** {@code session} after {@code events}, one version up, as a service would store it; throws if they do not fit. */
    public static AuthSession moved(AuthSession session, AuthEvent... events) {
        return session.applyAll(List.of(events)).value().atVersion(session.version() + 1);
    }

    /** A push or OTP session taken from {@code RequestAuth} to {@code AuthCompleted} with {@code tokens}, one version up. */
    public static AuthSession completed(AuthSession session, IssuedTokens tokens) {
        return moved(
                session,
                new AuthEvent.ChannelCreated(),
                new AuthEvent.NodesSelected(),
                new AuthEvent.AuthStarted(),
                new AuthEvent.SecondFactorPassed(),
                new AuthEvent.NodesVerified(),
                new AuthEvent.TokensIssued(tokens));
    }

    /** A push, OTP or QR session canceled from {@code RequestAuth}, one version up. */
    public static AuthSession canceled(AuthSession session) {
        return moved(session, new AuthEvent.CancelRequested(), new AuthEvent.CancelConfirmed());
    }

    private static String nextKey() {
        return String.format(Locale.ROOT, "%032x", KEYS.incrementAndGet());
    }
}
