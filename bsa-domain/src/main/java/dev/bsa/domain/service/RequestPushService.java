package dev.bsa.domain.service;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.RequestPushUseCase;
import dev.bsa.domain.port.in.SessionStarted;

/** Starts push logins: client, input, login type, user, then session, channel and push, in that order. */
public final class RequestPushService implements RequestPushUseCase {

    private final ClientPolicy clientPolicy;
    private final UserPolicy userPolicy;
    private final PushLaunch launch;

    RequestPushService(ClientPolicy clientPolicy, UserPolicy userPolicy, PushLaunch launch) {
        this.clientPolicy = clientPolicy;
        this.userPolicy = userPolicy;
        this.launch = launch;
    }

    @Override
    public Result<SessionStarted> requestPush(RequestPushCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(client -> UserKey.parse(command.userKey())
                        .flatMap(userKey -> clientPolicy
                                .requireLoginType(client, AuthMethod.PUSH)
                                .flatMap(allowed -> userPolicy.eligible(userKey, allowed, AuthMethod.PUSH))
                                .flatMap(user -> launch.start(client, userKey, AuthMethod.PUSH))));
    }
}
