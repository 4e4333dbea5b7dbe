package dev.bsa.domain.service;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.port.in.RequestQrUseCase;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.port.out.ChannelGateway;
import dev.bsa.domain.port.out.KeySource;
import dev.bsa.domain.port.out.SettingsRepository;
import java.time.Clock;
import java.util.Optional;

/** Starts QR logins: a session with no user yet, its channel open, waiting in {@code CreateChannel} for a scan. */
public final class RequestQrService implements RequestQrUseCase {

    private final ClientPolicy clientPolicy;
    private final SessionLifecycle lifecycle;
    private final ChannelGateway channels;
    private final SettingsRepository settings;
    private final KeySource keys;
    private final Clock clock;

    RequestQrService(
            ClientPolicy clientPolicy,
            SessionLifecycle lifecycle,
            ChannelGateway channels,
            SettingsRepository settings,
            KeySource keys,
            Clock clock) {
        this.clientPolicy = clientPolicy;
        this.lifecycle = lifecycle;
        this.channels = channels;
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Result<SessionStarted> requestQr(RequestQrCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(found -> clientPolicy.requireLoginType(found, AuthMethod.QR))
                .flatMap(this::start);
    }

    private Result<SessionStarted> start(Client client) {
        AuthSession requested = AuthSession.requested(
                keys.newSessionId(),
                AuthMethod.QR,
                client.key(),
                Optional.empty(),
                Optional.of(keys.newChannelKey()),
                Optional.of(keys.newQrId()),
                clock.instant(),
                settings.current().authDeadline());
        return lifecycle
                .open(requested)
                .flatMap(opened -> ChannelOpening.open(lifecycle, channels, opened))
                .map(waiting -> SessionStarted.of(waiting, clock.instant()));
    }
}
