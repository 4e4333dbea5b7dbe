package dev.bsa.domain.testing.contract;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.aQrSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.canceled;
import static dev.bsa.domain.testing.AuthSessionBuilder.completed;
import static dev.bsa.domain.testing.AuthSessionBuilder.moved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} adapter promises: the finders here, the conditional writes in
 * {@link SessionWritesContract} (inherited). Extend it with an empty repository per test; every
 * instant is passed explicitly.
 */
public abstract class SessionRepositoryContract extends SessionWritesContract {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
    private static final IssuedTokens TOKENS = new IssuedTokens("access-token", "refresh-token");

    @Test
    void givenCreatedSession_findById_returnsItExactlyAsStored() {
        AuthSession session =
                aPushSession().forUser("alice").byClient("shop").createdAt(T0).build();

        repository.create(session);

        assertThat(repository.findById(session.id())).contains(session);
    }

    @Test
    void givenCompletedSession_findById_returnsHistoryErrorAndTokens() {
        AuthSession requested = aPushSession().forUser("alice").build();
        repository.create(requested);
        AuthSession done = completed(requested, TOKENS);
        repository.replace(requested, done);

        AuthSession found = repository.findById(requested.id()).orElseThrow();

        assertThat(found).isEqualTo(done);
        assertThat(found.history()).isEqualTo(done.history());
        assertThat(found.tokens()).contains(TOKENS);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void givenUnknownKeys_finders_areEmpty() {
        repository.create(aQrSession().build());

        assertThat(repository.findById(new SessionId("0".repeat(32)))).isEmpty();
        assertThat(repository.findByChannelKey(new ChannelKey("0".repeat(32)))).isEmpty();
        assertThat(repository.findByQrId(new QrId("0".repeat(32)))).isEmpty();
        assertThat(repository.findLiveByUser(new UserKey("nobody"))).isEmpty();
    }

    @Test
    void givenSessions_findByChannelKey_returnsTheOneWithThatKey() {
        AuthSession alice = aPushSession().forUser("alice").build();
        AuthSession bob = aPushSession().forUser("bob").build();
        repository.create(alice);
        repository.create(bob);

        assertThat(repository.findByChannelKey(bob.channelKey().orElseThrow())).contains(bob);
    }

    @Test
    void givenQrSessions_findByQrId_returnsTheOneWithThatId() {
        AuthSession first = aQrSession().build();
        AuthSession second = aQrSession().build();
        repository.create(first);
        repository.create(second);

        assertThat(repository.findByQrId(first.qrId().orElseThrow())).contains(first);
    }

    @Test
    void givenLiveSessionOfUser_findLiveByUser_returnsIt() {
        AuthSession live = aPushSession().forUser("alice").build();
        repository.create(live);
        repository.create(aPushSession().forUser("bob").build());

        assertThat(repository.findLiveByUser(new UserKey("alice"))).contains(live);
    }

    @Test
    void givenOnlyEndedSessionsOfUser_findLiveByUser_isEmpty() {
        AuthSession session = aPushSession().forUser("alice").build();
        repository.create(session);
        repository.replace(session, canceled(session));

        assertThat(repository.findLiveByUser(new UserKey("alice"))).isEmpty();
    }

    @Test
    void givenSessionsWithDeadlinesAroundNow_findDue_returnsTheLiveOnesAtOrBeforeNowOldestFirst() {
        AuthSession dueLater =
                aPushSession().forUser("a").createdAt(T0.plusSeconds(5)).build();
        AuthSession dueExactlyNow = aQrSession().createdAt(T0.plusSeconds(10)).build();
        AuthSession dueFirst = aPushSession().forUser("b").createdAt(T0).build();
        AuthSession notDue =
                aPushSession().forUser("c").createdAt(T0.plusSeconds(11)).build();
        AuthSession endedBeforeDeadline =
                aPushSession().forUser("d").createdAt(T0).build();
        for (AuthSession session : new AuthSession[] {dueLater, dueExactlyNow, dueFirst, notDue, endedBeforeDeadline}) {
            repository.create(session);
        }
        repository.replace(endedBeforeDeadline, canceled(endedBeforeDeadline));
        Instant now = T0.plusSeconds(70);

        assertThat(repository.findDue(now, 10)).containsExactly(dueFirst, dueLater, dueExactlyNow);
    }

    @Test
    void givenMoreDueSessionsThanTheLimit_findDue_returnsOnlyTheOldestUpToTheLimit() {
        AuthSession first = aQrSession().createdAt(T0).build();
        AuthSession second = aQrSession().createdAt(T0.plusSeconds(1)).build();
        AuthSession third = aQrSession().createdAt(T0.plusSeconds(2)).build();
        repository.create(third);
        repository.create(first);
        repository.create(second);

        assertThat(repository.findDue(T0.plusSeconds(300), 2)).containsExactly(first, second);
    }

    @Test
    void givenEndedSessionsWithTokens_eraseTokensExpiredBefore_erasesOnlyThosePastTheirDeadline() {
        AuthSession old = aPushSession().forUser("alice").createdAt(T0).build();
        AuthSession recent =
                aPushSession().forUser("bob").createdAt(T0.plusSeconds(30)).build();
        repository.create(old);
        repository.create(recent);
        repository.replace(old, completed(old, TOKENS));
        repository.replace(recent, completed(recent, TOKENS));

        int erased = repository.eraseTokensExpiredBefore(T0.plusSeconds(61), 10);

        assertThat(erased).isEqualTo(1);
        AuthSession oldAfter = repository.findById(old.id()).orElseThrow();
        assertThat(oldAfter.tokens()).isEmpty();
        assertThat(oldAfter.history()).isEqualTo(completed(old, TOKENS).history());
        assertThat(repository.findById(recent.id()).orElseThrow().tokens()).contains(TOKENS);
    }

    @Test
    void givenTokensWhoseDeadlineIsExactlyTheInstant_eraseTokensExpiredBefore_keepsThem() {
        AuthSession session = aPushSession().forUser("alice").createdAt(T0).build();
        repository.create(session);
        repository.replace(session, completed(session, TOKENS));

        assertThat(repository.eraseTokensExpiredBefore(T0.plusSeconds(60), 10)).isZero();
        assertThat(repository.findById(session.id()).orElseThrow().tokens()).contains(TOKENS);
    }

    @Test
    void givenMoreSessionsWithTokensThanTheLimit_eraseTokensExpiredBefore_erasesExactlyTheLimitOldestDeadlineFirst() {
        AuthSession first = completedBy("a", T0);
        AuthSession second = completedBy("b", T0.plusSeconds(1));
        AuthSession third = completedBy("c", T0.plusSeconds(2));

        assertThat(repository.eraseTokensExpiredBefore(T0.plusSeconds(300), 2)).isEqualTo(2);

        assertThat(repository.findById(first.id()).orElseThrow().tokens()).isEmpty();
        assertThat(repository.findById(second.id()).orElseThrow().tokens()).isEmpty();
        assertThat(repository.findById(third.id()).orElseThrow().tokens()).contains(TOKENS);
        assertThat(repository.eraseTokensExpiredBefore(T0.plusSeconds(300), 2)).isEqualTo(1);
        assertThat(repository.eraseTokensExpiredBefore(T0.plusSeconds(300), 2)).isZero();
    }

    @Test
    void givenEndedSessionPastTheInstant_deleteEndedBefore_deletesItSoNoFinderFindsIt() {
        AuthSession ended = completedBy("alice", T0);

        assertThat(repository.deleteEndedBefore(T0.plusSeconds(61), 10)).isEqualTo(1);

        assertThat(repository.findById(ended.id())).isEmpty();
        assertThat(repository.findByChannelKey(ended.channelKey().orElseThrow()))
                .isEmpty();
        assertThat(repository.findRecent(10)).isEmpty();
    }

    @Test
    void givenLiveSessionsPastTheirDeadline_deleteEndedBefore_keepsThem() {
        AuthSession unswept = aPushSession().forUser("alice").createdAt(T0).build();
        AuthSession qrWaiting = aQrSession().createdAt(T0).build();
        repository.create(unswept);
        repository.create(qrWaiting);

        assertThat(repository.deleteEndedBefore(T0.plusSeconds(3600), 10)).isZero();

        assertThat(repository.findLiveByUser(new UserKey("alice"))).contains(unswept);
        assertThat(repository.findById(qrWaiting.id())).contains(qrWaiting);
    }

    @Test
    void givenEndedSessionsAroundTheInstant_deleteEndedBefore_keepsThoseWhoseDeadlineIsNotBeforeIt() {
        AuthSession old = completedBy("alice", T0);
        AuthSession exactlyAtTheInstant = completedBy("bob", T0.plusSeconds(1));
        AuthSession recent = completedBy("carol", T0.plusSeconds(2));

        assertThat(repository.deleteEndedBefore(T0.plusSeconds(61), 10)).isEqualTo(1);

        assertThat(repository.findById(old.id())).isEmpty();
        assertThat(repository.findById(exactlyAtTheInstant.id())).isPresent();
        assertThat(repository.findById(recent.id())).isPresent();
    }

    @Test
    void givenMoreEndedSessionsThanTheLimit_deleteEndedBefore_deletesExactlyTheLimitOldestDeadlineFirst() {
        AuthSession third = completedBy("c", T0.plusSeconds(2));
        AuthSession first = completedBy("a", T0);
        AuthSession second = completedBy("b", T0.plusSeconds(1));

        assertThat(repository.deleteEndedBefore(T0.plusSeconds(300), 2)).isEqualTo(2);

        assertThat(repository.findById(first.id())).isEmpty();
        assertThat(repository.findById(second.id())).isEmpty();
        assertThat(repository.findById(third.id())).isPresent();
        assertThat(repository.deleteEndedBefore(T0.plusSeconds(300), 2)).isEqualTo(1);
        assertThat(repository.deleteEndedBefore(T0.plusSeconds(300), 2)).isZero();
    }

    @Test
    void givenDeletedEndedSession_theUserMayStartANewOne() {
        AuthSession ended = completedBy("alice", T0);
        repository.deleteEndedBefore(T0.plusSeconds(61), 10);
        AuthSession next =
                aPushSession().forUser("alice").createdAt(T0.plusSeconds(70)).build();

        assertThat(repository.create(next)).isEqualTo(SaveOutcome.SAVED);
        assertThat(repository.findLiveByUser(new UserKey("alice"))).contains(next);
        assertThat(repository.findById(ended.id())).isEmpty();
    }

    /** A push session of {@code user} created at {@code createdAt} (deadline 60 s later) and completed with tokens. */
    private AuthSession completedBy(String user, Instant createdAt) {
        AuthSession requested =
                aPushSession().forUser(user).createdAt(createdAt).build();
        repository.create(requested);
        AuthSession done = completed(requested, TOKENS);
        repository.replace(requested, done);
        return done;
    }

    @Test
    void givenSessionsCreatedAtDifferentTimes_findRecent_returnsTheNewestFirstUpToTheLimit() {
        AuthSession oldest = aQrSession().createdAt(T0).build();
        AuthSession middle = aQrSession().createdAt(T0.plusSeconds(1)).build();
        AuthSession newest = aQrSession().createdAt(T0.plusSeconds(2)).build();
        repository.create(middle);
        repository.create(newest);
        repository.create(oldest);

        assertThat(repository.findRecent(10)).containsExactly(newest, middle, oldest);
        assertThat(repository.findRecent(2)).containsExactly(newest, middle);
    }

    @Test
    void givenLongerDeadline_findDue_waitsForIt() {
        AuthSession patient = aPushSession()
                .forUser("alice")
                .createdAt(T0)
                .deadline(Duration.ofMinutes(5))
                .build();
        repository.create(patient);

        assertThat(repository.findDue(T0.plusSeconds(299), 10)).isEmpty();
        assertThat(repository.findDue(T0.plusSeconds(300), 10)).containsExactly(patient);
    }

    @Test
    void givenSessionMovedTwice_findById_returnsTheLatestVersion() {
        AuthSession requested = aPushSession().forUser("alice").build();
        repository.create(requested);
        AuthSession withChannel = moved(requested, new AuthEvent.ChannelCreated());
        repository.replace(requested, withChannel);
        AuthSession selected = moved(withChannel, new AuthEvent.NodesSelected());
        repository.replace(withChannel, selected);

        assertThat(repository.findById(requested.id())).contains(selected);
        assertThat(selected.version()).isEqualTo(2);
    }
}
