package dev.bsa.domain.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.out.ChannelGateway;

/** Opens a session's channel: {@code CreateChannel}, or {@code AuthFailed} with 5015 when the gateway fails. */
final class ChannelOpening {

    private ChannelOpening() {}

    static Result<AuthSession> open(SessionLifecycle lifecycle, ChannelGateway channels, AuthSession opened) {
        Result<Done> channel = channels.open(opened);
        if (!channel.isSuccess()) {
            lifecycle.advance(opened, new AuthEvent.ChannelCreationFailed());
            return Result.reject(
                    ErrorCode.CHANNEL_CREATION_FAILED, channel.rejection().detail());
        }
        return lifecycle.advance(opened, new AuthEvent.ChannelCreated());
    }
}
