package dev.bsa.domain.testing.contract;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.aQrSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.aTotpSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.anOtpSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.canceled;
import static dev.bsa.domain.testing.AuthSessionBuilder.moved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.testing.Concurrently;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conditional writes every {@link SessionRepository} adapter promises: one live session per
 * user and compare-and-set on the version, also under concurrency. Part of
 * {@link SessionRepositoryContract}, which is the class adapters extend.
 */
public abstract class SessionWritesContract {

    /** The repository under test, empty at the start of each test. */
    protected SessionRepository repository;

    /** A new, empty repository. */
    protected abstract SessionRepository newRepository();

    @BeforeEach
    void startEmpty() {
        repository = newRepository();
    }

    @Test
    void givenLiveSessionOfUser_creatingAnotherLiveOne_reportsUserBusyAndStoresNothing() {
        AuthSession first = aPushSession().forUser("alice").build();
        AuthSession second = anOtpSession().forUser("alice").build();
        repository.create(first);

        assertThat(repository.create(second)).isEqualTo(SaveOutcome.USER_BUSY);

        assertThat(repository.findById(second.id())).isEmpty();
        assertThat(repository.findLiveByUser(new UserKey("alice"))).contains(first);
    }

    @Test
    void givenLiveSessionOfUser_creatingOneForAnotherUser_isSaved() {
        repository.create(aPushSession().forUser("alice").build());

        assertThat(repository.create(aPushSession().forUser("bob").build())).isEqualTo(SaveOutcome.SAVED);
    }

    @Test
    void givenLiveSessionOfUser_creatingAnEndedOneForThatUser_isSaved() {
        repository.create(aPushSession().forUser("alice").build());
        AuthSession refusedTotp = moved(
                        aTotpSession().forUser("alice").build(),
                        new AuthEvent.Refused(ErrorCode.CODE_VERIFICATION_FAILED))
                .atVersion(0);

        assertThat(repository.create(refusedTotp)).isEqualTo(SaveOutcome.SAVED);
        assertThat(repository.findById(refusedTotp.id())).contains(refusedTotp);
    }

    @Test
    void givenEndedSessionOfUser_creatingALiveOne_isSaved() {
        AuthSession first = aPushSession().forUser("alice").build();
        repository.create(first);
        repository.replace(first, canceled(first));

        assertThat(repository.create(aPushSession().forUser("alice").build())).isEqualTo(SaveOutcome.SAVED);
    }

    @Test
    void givenSessionsWithoutUser_creatingSeveral_savesEach() {
        assertThat(repository.create(aQrSession().build())).isEqualTo(SaveOutcome.SAVED);
        assertThat(repository.create(aQrSession().build())).isEqualTo(SaveOutcome.SAVED);
    }

    @Test
    void givenStoredVersion_replacingIt_savesTheNextState() {
        AuthSession stored = aPushSession().forUser("alice").build();
        repository.create(stored);
        AuthSession next = moved(stored, new AuthEvent.ChannelCreated());

        assertThat(repository.replace(stored, next)).isEqualTo(SaveOutcome.SAVED);

        assertThat(repository.findById(stored.id())).contains(next);
    }

    @Test
    void givenSessionMovedByAnotherWriter_replacingTheOldVersion_reportsStaleAndKeepsTheNewer() {
        AuthSession stored = aPushSession().forUser("alice").build();
        repository.create(stored);
        AuthSession byOther = moved(stored, new AuthEvent.ChannelCreated());
        repository.replace(stored, byOther);

        AuthSession late = moved(stored, new AuthEvent.ChannelCreationFailed());
        assertThat(repository.replace(stored, late)).isEqualTo(SaveOutcome.STALE);

        assertThat(repository.findById(stored.id())).contains(byOther);
    }

    @Test
    void givenNoSuchSession_replace_savesNothing() {
        AuthSession neverStored = aPushSession().forUser("alice").build();

        assertThat(repository.replace(neverStored, moved(neverStored, new AuthEvent.ChannelCreated())))
                .isNotEqualTo(SaveOutcome.SAVED);

        assertThat(repository.findById(neverStored.id())).isEmpty();
    }

    @Test
    void givenLiveSessionOfUser_bindingThatUserToAQrSession_reportsUserBusyAndKeepsTheQrSession() {
        repository.create(aPushSession().forUser("alice").build());
        AuthSession qr = moved(aQrSession().build(), new AuthEvent.ChannelCreated());
        repository.create(qr);

        AuthSession scanned = moved(qr, new AuthEvent.QrScanned(new UserKey("alice")));
        assertThat(repository.replace(qr, scanned)).isEqualTo(SaveOutcome.USER_BUSY);

        assertThat(repository.findById(qr.id())).contains(qr);
    }

    @Test
    void givenFreeUser_bindingThemToAQrSession_makesItTheirLiveSession() {
        AuthSession qr = moved(aQrSession().build(), new AuthEvent.ChannelCreated());
        repository.create(qr);
        AuthSession scanned = moved(qr, new AuthEvent.QrScanned(new UserKey("alice")));

        assertThat(repository.replace(qr, scanned)).isEqualTo(SaveOutcome.SAVED);

        assertThat(repository.findLiveByUser(new UserKey("alice"))).contains(scanned);
        assertThat(repository.create(aPushSession().forUser("alice").build())).isEqualTo(SaveOutcome.USER_BUSY);
    }

    @Test
    void givenLiveSessionOfUser_movingItFurther_isNotBlockedByItself() {
        AuthSession stored = aPushSession().forUser("alice").build();
        repository.create(stored);

        assertThat(repository.replace(stored, moved(stored, new AuthEvent.ChannelCreated())))
                .isEqualTo(SaveOutcome.SAVED);
    }

    @Test
    void givenFiftyThreadsCreatingLiveSessionsForOneUser_exactlyOneIsSaved() {
        List<AuthSession> candidates = IntStream.range(0, 50)
                .mapToObj(thread -> aPushSession().forUser("alice").build())
                .toList();

        List<SaveOutcome> outcomes = Concurrently.run(50, thread -> repository.create(candidates.get(thread)));

        assertThat(outcomes).containsOnlyOnce(SaveOutcome.SAVED);
        assertThat(outcomes).filteredOn(outcome -> outcome != SaveOutcome.SAVED).containsOnly(SaveOutcome.USER_BUSY);
        AuthSession winner = candidates.get(outcomes.indexOf(SaveOutcome.SAVED));
        assertThat(repository.findLiveByUser(new UserKey("alice"))).contains(winner);
    }

    @Test
    void givenTwentyThreadsReplacingTheSameVersion_exactlyOneIsSavedAndTheOthersAreStale() {
        AuthSession stored = aPushSession().forUser("alice").build();
        repository.create(stored);
        AuthSession next = moved(stored, new AuthEvent.ChannelCreated());

        List<SaveOutcome> outcomes = Concurrently.run(20, thread -> repository.replace(stored, next));

        assertThat(outcomes).containsOnlyOnce(SaveOutcome.SAVED);
        assertThat(outcomes).filteredOn(outcome -> outcome != SaveOutcome.SAVED).containsOnly(SaveOutcome.STALE);
        assertThat(repository.findById(stored.id())).contains(next);
    }

    @Test
    void givenTwentyQrSessions_oneUserScanningAllAtOnce_isBoundToExactlyOne() {
        List<AuthSession> waiting = IntStream.range(0, 20)
                .mapToObj(thread -> moved(aQrSession().build(), new AuthEvent.ChannelCreated()))
                .toList();
        waiting.forEach(repository::create);
        UserKey alice = new UserKey("alice");

        List<SaveOutcome> outcomes = Concurrently.run(
                20,
                thread -> repository.replace(
                        waiting.get(thread), moved(waiting.get(thread), new AuthEvent.QrScanned(alice))));

        assertThat(outcomes).containsOnlyOnce(SaveOutcome.SAVED);
        assertThat(repository.findLiveByUser(alice).orElseThrow().id())
                .isEqualTo(waiting.get(outcomes.indexOf(SaveOutcome.SAVED)).id());
    }
}
