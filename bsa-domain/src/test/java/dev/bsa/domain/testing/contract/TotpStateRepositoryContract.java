package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.domain.testing.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TotpStateRepository} adapter promises; extend it with an empty repository per
 * test. Days and steps are passed explicitly.
 */
public abstract class TotpStateRepositoryContract {

    private static final UserKey ALICE = new UserKey("alice");
    private static final UserKey BOB = new UserKey("bob");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    private static final Instant STEP = Instant.parse("2026-01-15T09:00:00Z");

    private TotpStateRepository repository;

    /** A new, empty repository. */
    protected abstract TotpStateRepository newRepository();

    @BeforeEach
    void startEmpty() {
        repository = newRepository();
    }

    @Test
    void givenNoAttempts_attempts_isZero() {
        assertThat(repository.attempts(ALICE, DAY)).isZero();
    }

    @Test
    void givenFewerAttemptsThanTheLimit_tryCountAttempt_countsEachOne() {
        assertThat(repository.tryCountAttempt(ALICE, DAY, 5)).isTrue();
        assertThat(repository.tryCountAttempt(ALICE, DAY, 5)).isTrue();

        assertThat(repository.attempts(ALICE, DAY)).isEqualTo(2);
    }

    @Test
    void givenLimitReached_tryCountAttempt_reportsFalseAndCountsNothing() {
        for (int i = 0; i < 5; i++) {
            assertThat(repository.tryCountAttempt(ALICE, DAY, 5)).isTrue();
        }

        assertThat(repository.tryCountAttempt(ALICE, DAY, 5)).isFalse();
        assertThat(repository.tryCountAttempt(ALICE, DAY, 5)).isFalse();

        assertThat(repository.attempts(ALICE, DAY)).isEqualTo(5);
    }

    @Test
    void givenLimitReachedOneDay_tryCountAttempt_stillCountsOnTheNextDay() {
        repository.tryCountAttempt(ALICE, DAY, 1);

        assertThat(repository.tryCountAttempt(ALICE, DAY.plusDays(1), 1)).isTrue();

        assertThat(repository.attempts(ALICE, DAY)).isEqualTo(1);
        assertThat(repository.attempts(ALICE, DAY.plusDays(1))).isEqualTo(1);
    }

    @Test
    void givenLimitReachedByOneUser_tryCountAttempt_stillCountsForAnother() {
        repository.tryCountAttempt(ALICE, DAY, 1);

        assertThat(repository.tryCountAttempt(BOB, DAY, 1)).isTrue();
        assertThat(repository.attempts(BOB, DAY)).isEqualTo(1);
    }

    @Test
    void givenLimitRaised_tryCountAttempt_countsUpToTheNewLimit() {
        repository.tryCountAttempt(ALICE, DAY, 1);

        assertThat(repository.tryCountAttempt(ALICE, DAY, 2)).isTrue();
        assertThat(repository.tryCountAttempt(ALICE, DAY, 2)).isFalse();
    }

    @Test
    void givenNothingAccepted_lastAcceptedStep_isEmpty() {
        assertThat(repository.lastAcceptedStep(ALICE)).isEmpty();
    }

    @Test
    void givenNothingAccepted_advanceLastAcceptedStep_recordsTheStep() {
        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP)).isTrue();

        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP);
        assertThat(repository.lastAcceptedStep(BOB)).isEmpty();
    }

    @Test
    void givenAcceptedStep_advancingToTheSameStep_isAReplay() {
        repository.advanceLastAcceptedStep(ALICE, STEP);

        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP)).isFalse();
        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP);
    }

    @Test
    void givenAcceptedStep_advancingToAnEarlierStep_isAReplay() {
        repository.advanceLastAcceptedStep(ALICE, STEP);

        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP.minusSeconds(60)))
                .isFalse();
        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP);
    }

    @Test
    void givenAcceptedStep_advancingToALaterStep_recordsIt() {
        repository.advanceLastAcceptedStep(ALICE, STEP);

        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP.plusSeconds(60)))
                .isTrue();
        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP.plusSeconds(60));
    }

    @Test
    void givenAttemptsAndAcceptedStep_reset_forgetsBothForThatUserOnly() {
        repository.tryCountAttempt(ALICE, DAY, 5);
        repository.advanceLastAcceptedStep(ALICE, STEP);
        repository.tryCountAttempt(BOB, DAY, 5);
        repository.advanceLastAcceptedStep(BOB, STEP);

        repository.reset(ALICE);

        assertThat(repository.attempts(ALICE, DAY)).isZero();
        assertThat(repository.lastAcceptedStep(ALICE)).isEmpty();
        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP)).isTrue();
        assertThat(repository.attempts(BOB, DAY)).isEqualTo(1);
        assertThat(repository.lastAcceptedStep(BOB)).contains(STEP);
    }

    @Test
    void givenCountersOfSeveralDays_deleteAttemptsBefore_forgetsOnlyTheEarlierDays() {
        repository.tryCountAttempt(ALICE, DAY.minusDays(2), 5);
        repository.tryCountAttempt(BOB, DAY.minusDays(1), 5);
        repository.tryCountAttempt(ALICE, DAY, 5);
        repository.tryCountAttempt(ALICE, DAY, 5);

        assertThat(repository.deleteAttemptsBefore(DAY.minusDays(1), 10)).isEqualTo(1);

        assertThat(repository.attempts(ALICE, DAY.minusDays(2))).isZero();
        assertThat(repository.attempts(BOB, DAY.minusDays(1))).isEqualTo(1);
        assertThat(repository.attempts(ALICE, DAY)).isEqualTo(2);
    }

    @Test
    void givenAcceptedSteps_deleteAttemptsBefore_keepsEveryLastAcceptedStep() {
        repository.tryCountAttempt(ALICE, DAY.minusDays(5), 5);
        repository.advanceLastAcceptedStep(ALICE, STEP.minus(Duration.ofDays(5)));

        repository.deleteAttemptsBefore(DAY, 10);

        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP.minus(Duration.ofDays(5)));
        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP.minus(Duration.ofDays(5))))
                .isFalse();
    }

    @Test
    void givenMorePastCountersThanTheLimit_deleteAttemptsBefore_deletesExactlyTheLimitOldestDayFirst() {
        repository.tryCountAttempt(ALICE, DAY.minusDays(1), 5);
        repository.tryCountAttempt(ALICE, DAY.minusDays(3), 5);
        repository.tryCountAttempt(BOB, DAY.minusDays(2), 5);

        assertThat(repository.deleteAttemptsBefore(DAY, 2)).isEqualTo(2);

        assertThat(repository.attempts(ALICE, DAY.minusDays(3))).isZero();
        assertThat(repository.attempts(BOB, DAY.minusDays(2))).isZero();
        assertThat(repository.attempts(ALICE, DAY.minusDays(1))).isEqualTo(1);
        assertThat(repository.deleteAttemptsBefore(DAY, 2)).isEqualTo(1);
        assertThat(repository.deleteAttemptsBefore(DAY, 2)).isZero();
    }

    @Test
    void givenLimitFive_twentyThreadsCountingAttempts_exactlyFiveAreCounted() {
        List<Boolean> counted = Concurrently.run(20, thread -> repository.tryCountAttempt(ALICE, DAY, 5));

        assertThat(counted).filteredOn(Boolean::booleanValue).hasSize(5);
        assertThat(repository.attempts(ALICE, DAY)).isEqualTo(5);
    }

    @Test
    void givenTwentyThreadsAdvancingToTheSameStep_exactlyOneIsAccepted() {
        List<Boolean> accepted = Concurrently.run(20, thread -> repository.advanceLastAcceptedStep(ALICE, STEP));

        assertThat(accepted).containsOnlyOnce(true);
        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP);
    }

    @Test
    void givenTwentyThreadsAdvancingToDifferentSteps_theLatestStepWinsAndNoStepGoesBack() {
        List<Boolean> accepted = Concurrently.run(
                20, thread -> repository.advanceLastAcceptedStep(ALICE, STEP.plusSeconds(60L * thread)));

        assertThat(repository.lastAcceptedStep(ALICE)).contains(STEP.plusSeconds(60L * 19));
        assertThat(accepted.get(19)).isTrue();
        assertThat(repository.advanceLastAcceptedStep(ALICE, STEP.plusSeconds(60L * 19)))
                .isFalse();
    }
}
