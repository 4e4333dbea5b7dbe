package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One authentication attempt, from {@code RequestAuth} to a terminal status. Immutable: applying an
 * event gives the next session or a rejection, as the {@link TransitionTable} says.
 *
 * @param id         the session's identity (how the phone refers to it)
 * @param method     push, OTP, TOTP or QR
 * @param client     the website that started it
 * @param user       the user; empty for a QR session until a scan binds one
 * @param channelKey the live channel's key; empty for TOTP, which opens no channel
 * @param qrId       the id the QR code carries; QR sessions only
 * @param createdAt  when {@code RequestAuth} happened
 * @param expiresAt  the deadline
 * @param history    every status so far, oldest first; the last is the current one
 * @param error      the code a failed, timed-out or canceled session ended with
 * @param tokens     the tokens of a completed session, kept for delivery to the channel
 * @param version    the persisted version, for compare-and-set updates
 */
public record AuthSession(
        SessionId id,
        AuthMethod method,
        ClientKey client,
        Optional<UserKey> user,
        Optional<ChannelKey> channelKey,
        Optional<QrId> qrId,
        Instant createdAt,
        Instant expiresAt,
        List<AuthStatus> history,
        Optional<ErrorCode> error,
        Optional<IssuedTokens> tokens,
        long version) {

    public AuthSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channelKey, "channelKey");
        Objects.requireNonNull(qrId, "qrId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(tokens, "tokens");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0) != AuthStatus.REQUEST_AUTH) {
            throw new IllegalArgumentException("a session's history starts with RequestAuth");
        }
    }

    /**
     * A new session in {@code RequestAuth}.
     *
     * @param id         its identity
     * @param method     its method
     * @param client     the requesting website
     * @param user       the user, when known at the start
     * @param channelKey the channel key, for methods with a channel
     * @param qrId       the QR id, for QR
     * @param now        the moment of the request
     * @param deadline   how long it may stay live
     * @return the session, at version 0
     */
    public static AuthSession requested(
            SessionId id,
            AuthMethod method,
            ClientKey client,
            Optional<UserKey> user,
            Optional<ChannelKey> channelKey,
            Optional<QrId> qrId,
            Instant now,
            Duration deadline) {
        return new AuthSession(
                id,
                method,
                client,
                user,
                channelKey,
                qrId,
                now,
                now.plus(deadline),
                List.of(AuthStatus.REQUEST_AUTH),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /** The current status. */
    public AuthStatus status() {
        return history.get(history.size() - 1);
    }

    /** True until the session reaches a terminal status. */
    public boolean isLive() {
        return !status().isTerminal();
    }

    /** True when the session is live but its deadline has come. */
    public boolean isDue(Instant now) {
        return isLive() && method.hasChannel() && !now.isBefore(expiresAt);
    }

    /** Whole seconds left until the deadline, rounded up, never negative; 0 once terminal. */
    public long remainingSeconds(Instant now) {
        if (!isLive()) {
            return 0;
        }
        long millis = Duration.between(now, expiresAt).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** True when {@code candidate} is the session's user. */
    public boolean belongsTo(UserKey candidate) {
        return user.filter(candidate::equals).isPresent();
    }

    /** The session after {@code event}, or the machine's rejection; the version is left to the repository. */
    public Result<AuthSession> apply(AuthEvent event) {
        return TransitionTable.next(method, status(), event).map(next -> {
            List<AuthStatus> longer = new ArrayList<>(history);
            longer.add(next);
            Optional<UserKey> boundUser =
                    event instanceof AuthEvent.QrScanned scanned ? Optional.of(scanned.user()) : user;
            return new AuthSession(
                    id,
                    method,
                    client,
                    boundUser,
                    channelKey,
                    qrId,
                    createdAt,
                    expiresAt,
                    longer,
                    event.error().or(() -> error),
                    event.tokens().or(() -> tokens),
                    version);
        });
    }

    /** The session after each event in turn; the first rejection stops the walk. */
    public Result<AuthSession> applyAll(List<? extends AuthEvent> events) {
        Result<AuthSession> current = Result.success(this);
        for (AuthEvent event : events) {
            current = current.flatMap(session -> session.apply(event));
        }
        return current;
    }

    /** This session as stored at {@code newVersion}. */
    public AuthSession atVersion(long newVersion) {
        return new AuthSession(
                id, method, client, user, channelKey, qrId, createdAt, expiresAt, history, error, tokens, newVersion);
    }

    /** This session with the delivery copy of its tokens erased. */
    public AuthSession withoutTokens() {
        return new AuthSession(
                id,
                method,
                client,
                user,
                channelKey,
                qrId,
                createdAt,
                expiresAt,
                history,
                error,
                Optional.empty(),
                version);
    }
}
