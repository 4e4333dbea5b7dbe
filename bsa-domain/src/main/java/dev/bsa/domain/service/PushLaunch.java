package dev.bsa.domain.service;

import dev.bsa.domain.error.Done;
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
        Result<AuthSession> withChannel = ChannelOpening.open(lifecycle, channels, opened);
        if (!withChannel.isSuccess()) {
            return withChannel;
        }
        Result<AuthSession> selected = lifecycle.advance(withChannel.value(), new AuthEvent.NodesSelected());
        if (!selected.isSuccess()) {
            return selected;
        }
        AuthSession session = selected.value();
        Result<Done> sent = push.send(new PushNotification(
                session.id(),
                session.user().orElseThrow(),
                client.key(),
                client.name(),
                session.method(),
                session.expiresAt()));
        if (!sent.isSuccess()) {
            lifecycle.advance(session, new AuthEvent.PushFailed());
            return Result.reject(ErrorCode.PUSH_FAILED, sent.rejection().detail());
        }
        return selected;
    }
}
