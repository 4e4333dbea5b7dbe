package dev.bsa.domain.testing;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link SessionRepository} in indexed maps, for tests and benchmarks: lookups by id, channel key, QR id and live
 * user cost the same whatever the history holds. Every method holds the repository's lock, so the conditional
 * writes (one live session per user, compare-and-set on the version) are atomic. It passes the domain's
 * {@code SessionRepositoryContract}.
 */
public final class InMemorySessionRepository implements SessionRepository {

    private final int finishedToKeep;
    private final Map<SessionId, AuthSession> byId = new LinkedHashMap<>();
    private final Map<ChannelKey, SessionId> byChannel = new HashMap<>();
    private final Map<QrId, SessionId> byQr = new HashMap<>();
    private final Map<UserKey, SessionId> liveByUser = new HashMap<>();
    private final ArrayDeque<SessionId> finishedOldestFirst = new ArrayDeque<>();

    /** A repository that keeps every session until the retention rules delete it. */
    public InMemorySessionRepository() {
        this.finishedToKeep = Integer.MAX_VALUE;
    }

    private InMemorySessionRepository(int finishedToKeep) {
        this.finishedToKeep = finishedToKeep;
    }

    /**
     * A repository that also forgets finished sessions beyond the newest {@code finishedToKeep}, so that millions of
     * benchmark logins cost the same each and fit in memory.
     */
    public static InMemorySessionRepository keepingFinished(int finishedToKeep) {
        if (finishedToKeep < 1) {
            throw new IllegalArgumentException("finishedToKeep must be positive: " + finishedToKeep);
        }
        return new InMemorySessionRepository(finishedToKeep);
    }

    @Override
    public synchronized SaveOutcome create(AuthSession session) {
        if (byId.containsKey(session.id())) {
            throw new IllegalArgumentException("a session with id " + session.id() + " already exists");
        }
        if (userIsBusyWithAnother(session)) {
            return SaveOutcome.USER_BUSY;
        }
        store(session);
        if (!session.isLive()) {
            finished(session.id());
        }
        return SaveOutcome.SAVED;
    }

    @Override
    public synchronized SaveOutcome replace(AuthSession expected, AuthSession next) {
        if (!expected.id().equals(next.id()) || next.version() != expected.version() + 1) {
            throw new IllegalArgumentException("next must be the same session at version expected.version() + 1");
        }
        AuthSession stored = byId.get(expected.id());
        if (stored == null || stored.version() != expected.version()) {
            return SaveOutcome.STALE;
        }
        if (userIsBusyWithAnother(next)) {
            return SaveOutcome.USER_BUSY;
        }
        stored.user().filter(user -> next.id().equals(liveByUser.get(user))).ifPresent(liveByUser::remove);
        store(next);
        if (stored.isLive() && !next.isLive()) {
            finished(next.id());
        }
        return SaveOutcome.SAVED;
    }

    @Override
    public synchronized Optional<AuthSession> findById(SessionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<AuthSession> findByChannelKey(ChannelKey channelKey) {
        return Optional.ofNullable(byChannel.get(channelKey)).map(byId::get);
    }

    @Override
    public synchronized Optional<AuthSession> findByQrId(QrId qrId) {
        return Optional.ofNullable(byQr.get(qrId)).map(byId::get);
    }

    @Override
    public synchronized Optional<AuthSession> findLiveByUser(UserKey user) {
        return Optional.ofNullable(liveByUser.get(user)).map(byId::get);
    }

    @Override
    public synchronized List<AuthSession> findDue(Instant now, int limit) {
        return byId.values().stream()
                .filter(session -> session.isLive() && !session.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(AuthSession::expiresAt))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int eraseTokensExpiredBefore(Instant instant, int limit) {
        List<AuthSession> erasable =
                endedBefore(instant, limit, session -> session.tokens().isPresent());
        erasable.forEach(session -> byId.put(session.id(), session.withoutTokens()));
        return erasable.size();
    }

    @Override
    public synchronized int deleteEndedBefore(Instant instant, int limit) {
        List<AuthSession> deletable = endedBefore(instant, limit, session -> true);
        deletable.forEach(session -> forget(session.id()));
        return deletable.size();
    }

    private List<AuthSession> endedBefore(Instant instant, int limit, Predicate<AuthSession> filter) {
        return byId.values().stream()
                .filter(session -> !session.isLive() && session.expiresAt().isBefore(instant))
                .filter(filter)
                .sorted(Comparator.comparing(AuthSession::expiresAt))
                .limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public synchronized List<AuthSession> findRecent(int limit) {
        List<AuthSession> newestInsertedFirst = new ArrayList<>(byId.values());
        Collections.reverse(newestInsertedFirst);
        return newestInsertedFirst.stream()
                .sorted(Comparator.comparing(AuthSession::createdAt).reversed())
                .limit(limit)
                .toList();
    }

    /** How many sessions are held, live and finished. */
    public synchronized int size() {
        return byId.size();
    }

    private void store(AuthSession session) {
        byId.put(session.id(), session);
        session.channelKey().ifPresent(key -> byChannel.put(key, session.id()));
        session.qrId().ifPresent(id -> byQr.put(id, session.id()));
        if (session.isLive()) {
            session.user().ifPresent(user -> liveByUser.put(user, session.id()));
        }
    }

    private void finished(SessionId id) {
        finishedOldestFirst.addLast(id);
        while (finishedOldestFirst.size() > finishedToKeep) {
            forget(finishedOldestFirst.removeFirst());
        }
    }

    private void forget(SessionId id) {
        AuthSession forgotten = byId.remove(id);
        if (forgotten != null) {
            forgotten.channelKey().ifPresent(byChannel::remove);
            forgotten.qrId().ifPresent(byQr::remove);
        }
    }

    private boolean userIsBusyWithAnother(AuthSession session) {
        if (!session.isLive() || session.user().isEmpty()) {
            return false;
        }
        SessionId live = liveByUser.get(session.user().get());
        return live != null && !live.equals(session.id());
    }
}
