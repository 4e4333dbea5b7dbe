package dev.bsa.domain.testing;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link SessionRepository} in a map, for tests. Every method holds the repository's lock, so the
 * conditional writes (one live session per user, compare-and-set on the version) are atomic.
 */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<SessionId, AuthSession> byId = new LinkedHashMap<>();

    @Override
    public synchronized SaveOutcome create(AuthSession session) {
        if (byId.containsKey(session.id())) {
            throw new IllegalArgumentException("a session with id " + session.id() + " already exists");
        }
        if (userIsBusyWithAnother(session)) {
            return SaveOutcome.USER_BUSY;
        }
        byId.put(session.id(), session);
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
        byId.put(next.id(), next);
        return SaveOutcome.SAVED;
    }

    @Override
    public synchronized Optional<AuthSession> findById(SessionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<AuthSession> findByChannelKey(ChannelKey channelKey) {
        return first(session -> session.channelKey().filter(channelKey::equals).isPresent());
    }

    @Override
    public synchronized Optional<AuthSession> findByQrId(QrId qrId) {
        return first(session -> session.qrId().filter(qrId::equals).isPresent());
    }

    @Override
    public synchronized Optional<AuthSession> findLiveByUser(UserKey user) {
        return first(session -> session.isLive() && session.belongsTo(user));
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
        deletable.forEach(session -> byId.remove(session.id()));
        return deletable.size();
    }

    /** Up to {@code limit} ended sessions passing {@code filter} whose deadline is before {@code instant}, oldest first. */
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

    private boolean userIsBusyWithAnother(AuthSession session) {
        if (!session.isLive() || session.user().isEmpty()) {
            return false;
        }
        UserKey user = session.user().get();
        return first(other -> !other.id().equals(session.id()) && other.isLive() && other.belongsTo(user))
                .isPresent();
    }

    private Optional<AuthSession> first(Predicate<AuthSession> condition) {
        return byId.values().stream().filter(condition).findFirst();
    }
}
