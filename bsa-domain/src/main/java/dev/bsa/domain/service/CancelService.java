package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.CancelUseCase;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.port.out.UserRepository;

/**
 * Cancels live logins for the website that started them: {@code RequestCancel} then
 * {@code AuthCanceled} (5011). A website never sees or cancels another website's session: to it,
 * such a session does not exist.
 */
public final class CancelService implements CancelUseCase {

    private final ClientPolicy clientPolicy;
    private final SessionLifecycle lifecycle;
    private final SessionRepository sessions;
    private final UserRepository users;

    CancelService(
            ClientPolicy clientPolicy, SessionLifecycle lifecycle, SessionRepository sessions, UserRepository users) {
        this.clientPolicy = clientPolicy;
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    public Result<AuthSession> cancelByUser(CancelByUserCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(client -> UserKey.parse(command.userKey()).flatMap(userKey -> cancelLive(client, userKey)));
    }

    private Result<AuthSession> cancelLive(Client client, UserKey userKey) {
        if (users.find(userKey).isEmpty()) {
            return Result.reject(ErrorCode.CANCEL_UNREGISTERED_USER, "user " + userKey + " is not registered");
        }
        return sessions.findLiveByUser(userKey)
                .filter(session -> session.client().equals(client.key()))
                .map(this::cancel)
                .orElseGet(() -> Result.reject(
                        ErrorCode.NO_AUTH_IN_PROGRESS,
                        "no authentication of user " + userKey + " by this client is in progress"));
    }

    @Override
    public Result<AuthSession> cancelByChannel(CancelByChannelCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(client -> ChannelKey.parse(command.channelKey())
                        .flatMap(channelKey -> sessions.findByChannelKey(channelKey)
                                .filter(found -> found.client().equals(client.key()))
                                .map(this::cancel)
                                .orElseGet(() -> Result.reject(
                                        ErrorCode.CHANNEL_NOT_FOUND, "this client has no channel with this key"))));
    }

    /** A timed-out login answers 5001 (as it does to the phone), any other ended one 5019. */
    private Result<AuthSession> cancel(AuthSession session) {
        if (!session.isLive() && session.status() != AuthStatus.AUTH_TIMEOUT) {
            return Result.reject(
                    ErrorCode.NO_AUTH_IN_PROGRESS, "the authentication already ended in " + session.status());
        }
        return lifecycle.advance(session, new AuthEvent.CancelRequested(), new AuthEvent.CancelConfirmed());
    }
}
