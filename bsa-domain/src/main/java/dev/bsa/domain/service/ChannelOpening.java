package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.out.ChannelGateway;

/** Opens a session's channel: {@code CreateChannel}, or {@code AuthFailed} with 5015 when the gateway fails. */
final class ChannelOpening {

    private ChannelOpening() {}

    static Result<AuthSession> open(SessionLifecycle lifecycle, ChannelGateway channels, AuthSession opened) {
        return channels.open(opened)
                .ifFailure(refused -> lifecycle.advance(opened, new AuthEvent.ChannelCreationFailed()))
                .withErrorCode(ErrorCode.CHANNEL_CREATION_FAILED)
                .flatMap(created -> lifecycle.advance(opened, new AuthEvent.ChannelCreated()));
    }
}
