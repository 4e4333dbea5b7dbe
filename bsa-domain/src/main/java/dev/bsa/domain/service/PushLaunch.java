package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.port.out.ChannelGateway;
import dev.bsa.domain.port.out.KeySource;
import dev.bsa.domain.port.out.PushGateway;
import dev.bsa.domain.port.out.SettingsRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * The part push and OTP logins share once their session is open: create the channel (5015), select
 * the nodes, push to the phone (5017). A failure ends the session in {@code AuthFailed} with its code.
 */
final class PushLaunch {

    private final SessionLifecycle lifecycle;
    private final ChannelGateway channels;
    private final PushGateway push;
    private final SettingsRepository settings;
    private final KeySource keys;
    private final Clock clock;

    PushLaunch(
            SessionLifecycle lifecycle,
            ChannelGateway channels,
            PushGateway push,
            SettingsRepository settings,
            KeySource keys,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.channels = channels;
        this.push = push;
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    /** Opens a {@code method} login of {@code user} at {@code client} with a channel, and pushes it to the phone. */
    Result<SessionStarted> start(Client client, UserKey user, AuthMethod method) {
        AuthSession requested = AuthSession.requested(
                keys.newSessionId(),
                method,
                client.key(),
                Optional.of(user),
                Optional.of(keys.newChannelKey()),
                Optional.empty(),
                clock.instant(),
                settings.current().authDeadline());
        return lifecycle
                .open(requested)
                .flatMap(opened -> launch(opened, client))
                .map(launched -> SessionStarted.of(launched, clock.instant()));
    }

    /** Takes the opened session to {@code SelectNodes} (one stored step with {@code CreateChannel}), then pushes. */
    private Result<AuthSession> launch(AuthSession opened, Client client) {
        return ChannelOpening.open(lifecycle, channels, opened, new AuthEvent.NodesSelected())
                .flatMap(selected -> send(selected, client));
    }

    /** Sends the push; when it cannot be sent the login fails with 5017. */
    private Result<AuthSession> send(AuthSession session, Client client) {
        return push.send(new PushNotification(
                        session.id(),
                        session.user().orElseThrow(),
                        client.key(),
                        client.name(),
                        session.method(),
                        session.expiresAt()))
                .ifFailure(unsent -> lifecycle.advance(session, new AuthEvent.PushFailed()))
                .map(sent -> session)
                .withErrorCode(ErrorCode.PUSH_FAILED);
    }
}
