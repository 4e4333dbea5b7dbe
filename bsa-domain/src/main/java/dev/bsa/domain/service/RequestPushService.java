package dev.bsa.domain.service;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.RequestPushUseCase;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.port.out.KeySource;
import dev.bsa.domain.port.out.SettingsRepository;
import java.time.Clock;
import java.util.Optional;

/** Starts push logins: client, input, login type, user, then session, channel and push, in that order. */
public final class RequestPushService implements RequestPushUseCase {

    private final ClientPolicy clientPolicy;
    private final UserPolicy userPolicy;
    private final SessionLifecycle lifecycle;
    private final PushLaunch launch;
    private final SettingsRepository settings;
    private final KeySource keys;
    private final Clock clock;

    RequestPushService(
            ClientPolicy clientPolicy,
            UserPolicy userPolicy,
            SessionLifecycle lifecycle,
            PushLaunch launch,
            SettingsRepository settings,
            KeySource keys,
            Clock clock) {
        this.clientPolicy = clientPolicy;
        this.userPolicy = userPolicy;
        this.lifecycle = lifecycle;
        this.launch = launch;
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Result<SessionStarted> requestPush(RequestPushCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(client -> UserKey.parse(command.userKey())
                        .flatMap(userKey -> clientPolicy
                                .requireLoginType(client, AuthMethod.PUSH)
                                .flatMap(allowed -> userPolicy.eligible(userKey, allowed, AuthMethod.PUSH))
                                .flatMap(user -> start(client, userKey))));
    }

    private Result<SessionStarted> start(Client client, UserKey userKey) {
        AuthSession requested = AuthSession.requested(
                keys.newSessionId(),
                AuthMethod.PUSH,
                client.key(),
                Optional.of(userKey),
                Optional.of(keys.newChannelKey()),
                Optional.empty(),
                clock.instant(),
                settings.current().authDeadline());
        return lifecycle
                .open(requested)
                .flatMap(opened -> launch.launch(opened, client))
                .map(launched -> SessionStarted.of(launched, clock.instant()));
    }
}
