package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.SessionQueries;
import dev.bsa.domain.port.out.SessionRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Answers status polls (a due session is timed out first, so a poll never shows a stale live status) and inbox reads. */
public final class SessionQueryService implements SessionQueries {

    private static final Set<AuthStatus> AWAITING_PHONE = Set.of(AuthStatus.SELECT_NODES, AuthStatus.START_AUTH);

    private final ClientPolicy clientPolicy;
    private final SessionLifecycle lifecycle;
    private final SessionRepository sessions;
    private final Clock clock;

    SessionQueryService(
            ClientPolicy clientPolicy, SessionLifecycle lifecycle, SessionRepository sessions, Clock clock) {
        this.clientPolicy = clientPolicy;
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Result<AuthSession> statusByChannel(String clientKey, String channelKey) {
        return clientPolicy
                .authenticate(clientKey)
                .flatMap(client -> ChannelKey.parse(channelKey)
                        .flatMap(key -> sessions.findByChannelKey(key)
                                .filter(session -> session.client().equals(client.key()))
                                .map(lifecycle::expireIfDue)
                                .map(Result::success)
                                .orElseGet(() -> Result.reject(
                                        ErrorCode.CHANNEL_NOT_FOUND, "this client has no channel with this key"))));
    }

    @Override
    public List<AuthSession> pendingFor(UserKey user) {
        return sessions
                .findLiveByUser(user)
                .map(lifecycle::expireIfDue)
                .filter(session -> AWAITING_PHONE.contains(session.status()) && !session.isDue(clock.instant()))
                .stream()
                .toList();
    }
}
