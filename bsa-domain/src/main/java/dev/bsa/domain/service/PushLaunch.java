package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.port.out.ChannelGateway;
import dev.bsa.domain.port.out.PushGateway;

/**
 * The part push and OTP logins share once their session is open: create the channel (5015), select
 * the nodes, push to the phone (5017). A failure ends the session in {@code AuthFailed} with its code.
 */
final class PushLaunch {

    private final SessionLifecycle lifecycle;
    private final ChannelGateway channels;
    private final PushGateway push;

    PushLaunch(SessionLifecycle lifecycle, ChannelGateway channels, PushGateway push) {
        this.lifecycle = lifecycle;
        this.channels = channels;
        this.push = push;
    }

    /** Takes the opened session to {@code SelectNodes} with the push sent. */
    Result<AuthSession> launch(AuthSession opened, Client client) {
        return ChannelOpening.open(lifecycle, channels, opened)
                .flatMap(withChannel -> lifecycle.advance(withChannel, new AuthEvent.NodesSelected()))
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
