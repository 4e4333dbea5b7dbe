package dev.bsa.domain.service;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.testing.InMemoryAppOtpCodeRepository;
import dev.bsa.domain.testing.InMemorySessionRepository;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.RecordingStatusPublisher;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** Rule: one sweep always ends, even when due sessions cannot be timed out (their store refuses every write). */
class SweeperProgressTest {

    private final MutableClock clock = MutableClock.at(TestBsa.START);
    private final InMemorySessionRepository stored = new InMemorySessionRepository();
    private final RefusingWrites sessions = new RefusingWrites(stored);

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void givenMoreDueSessionsThanOneBatchThatCannotBeWritten_oneSweep_endsAfterOneFruitlessBatch() {
        givenDueSessions(450);
        ExpireDueSessionsService sweeper = new ExpireDueSessionsService(
                new SessionLifecycle(sessions, new RecordingStatusPublisher(), clock), sessions,
                new InMemoryAppOtpCodeRepository(), clock);

        int expired = sweeper.expireDue();

        assertThat(expired).isZero();
        assertThat(sessions.dueQueries.get()).isEqualTo(1);
        assertThat(stored.findDue(clock.instant(), 1000)).hasSize(450).allMatch(AuthSession::isLive);
    }

    @Test
    void givenMoreDueSessionsThanOneBatch_oneSweep_timesThemAllOut() {
        givenDueSessions(450);
        ExpireDueSessionsService sweeper = new ExpireDueSessionsService(
                new SessionLifecycle(stored, new RecordingStatusPublisher(), clock), stored,
                new InMemoryAppOtpCodeRepository(), clock);

        assertThat(sweeper.expireDue()).isEqualTo(450);
        assertThat(stored.findDue(clock.instant(), 1000)).isEmpty();
    }

    private void givenDueSessions(int count) {
        for (int user = 0; user < count; user++) {
            stored.create(aPushSession()
                    .forUser("user-" + user)
                    .createdAt(TestBsa.START)
                    .build());
        }
        clock.advance(Duration.ofSeconds(61));
    }

    /** A store that reads normally and answers every conditional write with {@link SaveOutcome#STALE}. */
    private static final class RefusingWrites implements SessionRepository {

        private final SessionRepository delegate;
        private final AtomicInteger dueQueries = new AtomicInteger();

        RefusingWrites(SessionRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public SaveOutcome create(AuthSession session) {
            return SaveOutcome.STALE;
        }

        @Override
        public SaveOutcome replace(AuthSession expected, AuthSession next) {
            return SaveOutcome.STALE;
        }

        @Override
        public Optional<AuthSession> findById(SessionId id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<AuthSession> findByChannelKey(ChannelKey channelKey) {
            return delegate.findByChannelKey(channelKey);
        }

        @Override
        public Optional<AuthSession> findByQrId(QrId qrId) {
            return delegate.findByQrId(qrId);
        }

        @Override
        public Optional<AuthSession> findLiveByUser(UserKey user) {
            return delegate.findLiveByUser(user);
        }

        @Override
        public List<AuthSession> findDue(Instant now, int limit) {
            dueQueries.incrementAndGet();
            return delegate.findDue(now, limit);
        }

        @Override
        public int eraseTokensExpiredBefore(Instant instant, int limit) {
            return delegate.eraseTokensExpiredBefore(instant, limit);
        }

        @Override
        public int deleteEndedBefore(Instant instant, int limit) {
            return delegate.deleteEndedBefore(instant, limit);
        }

        @Override
        public List<AuthSession> findRecent(int limit) {
            return delegate.findRecent(limit);
        }
    }
}
