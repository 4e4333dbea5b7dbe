package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.out.ChannelGateway;

/**
 * Opens a session's channel: {@code CreateChannel}, or {@code AuthFailed} with 5015 when the gateway fails. Events
 * that follow at once, with nothing outside in between, are stored with it in one step.
 */
final class ChannelOpening {

    private ChannelOpening() {}

    static Result<AuthSession> open(
            SessionLifecycle lifecycle, ChannelGateway channels, AuthSession opened, AuthEvent... then) {
        AuthEvent[] events = new AuthEvent[then.length + 1];
        events[0] = new AuthEvent.ChannelCreated();
        System.arraycopy(then, 0, events, 1, then.length);
        return channels.open(opened)
                .ifFailure(refused -> lifecycle.advance(opened, new AuthEvent.ChannelCreationFailed()))
                .withErrorCode(ErrorCode.CHANNEL_CREATION_FAILED)
                .flatMap(created -> lifecycle.advance(opened, events));
    }
}
