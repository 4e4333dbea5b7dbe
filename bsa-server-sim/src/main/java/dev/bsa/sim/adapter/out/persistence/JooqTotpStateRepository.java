package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.TOTP_ATTEMPT;
import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.TOTP_LAST_STEP;

import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.TotpAttemptRow;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.TotpLastStepRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Per-user TOTP state in tables {@code TOTP_ATTEMPT} (count per user and day) and
 * {@code TOTP_LAST_STEP}. Both moves are single conditional statements: the count grows only while
 * below the limit, the step only forward; the first row of a user (and day) is inserted, and a
 * concurrent first insert is settled by the primary key and the conditional update that follows.
 */
public final class JooqTotpStateRepository implements TotpStateRepository {

    private final DSLContext dsl;

    private final RenderedStatement countBelowLimit;
    private final RenderedStatement lastStep;
    private final RenderedStatement moveForward;
    private final RenderedStatement firstAttempt;
    private final RenderedStatement firstStep;

    public JooqTotpStateRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.countBelowLimit = new RenderedStatement(
                dsl,
                "count a TOTP attempt below the limit",
                () -> dsl.update(TOTP_ATTEMPT)
                        .set(TOTP_ATTEMPT.ATTEMPTS, TOTP_ATTEMPT.ATTEMPTS.plus(DSL.inline(1)))
                        .where(TOTP_ATTEMPT.USER_KEY.eq(RenderedStatement.parameterFor(TOTP_ATTEMPT.USER_KEY)))
                        .and(TOTP_ATTEMPT.ATTEMPT_DAY.eq(RenderedStatement.parameterFor(TOTP_ATTEMPT.ATTEMPT_DAY)))
                        .and(TOTP_ATTEMPT.ATTEMPTS.lt(RenderedStatement.parameterFor(TOTP_ATTEMPT.ATTEMPTS))),
                "USER_KEY",
                "ATTEMPT_DAY",
                "ATTEMPTS");
        this.lastStep = new RenderedStatement(
                dsl,
                "the last accepted TOTP step",
                () -> dsl.select(TOTP_LAST_STEP.STEP_START_AT)
                        .from(TOTP_LAST_STEP)
                        .where(TOTP_LAST_STEP.USER_KEY.eq(RenderedStatement.parameterFor(TOTP_LAST_STEP.USER_KEY))),
                "USER_KEY");
        this.moveForward = new RenderedStatement(
                dsl,
                "move the last accepted TOTP step forward",
                () -> dsl.update(TOTP_LAST_STEP)
                        .set(TOTP_LAST_STEP.STEP_START_AT, DSL.param("NEXT_STEP", TOTP_LAST_STEP.STEP_START_AT))
                        .where(TOTP_LAST_STEP.USER_KEY.eq(RenderedStatement.parameterFor(TOTP_LAST_STEP.USER_KEY)))
                        .and(TOTP_LAST_STEP.STEP_START_AT.lt(DSL.param("BEFORE", TOTP_LAST_STEP.STEP_START_AT))),
                "NEXT_STEP",
                "USER_KEY",
                "BEFORE");
        this.firstAttempt = RenderedStatement.insertUnlessPresent(dsl, TOTP_ATTEMPT, TOTP_ATTEMPT.fields());
        this.firstStep = RenderedStatement.insertUnlessPresent(dsl, TOTP_LAST_STEP, TOTP_LAST_STEP.fields());
    }

    @Override
    public boolean tryCountAttempt(UserKey user, LocalDate day, int limit) {
        if (limit <= 0) {
            return false;
        }
        return countBelowLimit(user, day, limit)
                || insertFirst(firstAttempt, new TotpAttemptRow(user.value(), day, 1))
                || countBelowLimit(user, day, limit);
    }

    @Override
    public int attempts(UserKey user, LocalDate day) {
        return dsl.select(TOTP_ATTEMPT.ATTEMPTS)
                .from(TOTP_ATTEMPT)
                .where(TOTP_ATTEMPT.USER_KEY.eq(user.value()))
                .and(TOTP_ATTEMPT.ATTEMPT_DAY.eq(day))
                .fetchOptional(TOTP_ATTEMPT.ATTEMPTS)
                .orElse(0);
    }

    @Override
    public Optional<Instant> lastAcceptedStep(UserKey user) {
        return lastStep.fetchFirst(dsl.newRecord(TOTP_LAST_STEP.STEP_START_AT), user.value())
                .map(Record1::value1);
    }

    @Override
    public boolean advanceLastAcceptedStep(UserKey user, Instant stepStart) {
        return moveForward(user, stepStart)
                || insertFirst(firstStep, new TotpLastStepRow(user.value(), stepStart))
                || moveForward(user, stepStart);
    }

    @Override
    public int deleteAttemptsBefore(LocalDate day, int limit) {
        if (limit <= 0) {
            return 0;
        }
        Result<Record2<String, LocalDate>> past = dsl.select(TOTP_ATTEMPT.USER_KEY, TOTP_ATTEMPT.ATTEMPT_DAY)
                .from(TOTP_ATTEMPT)
                // "up to the day before", not "before the day": H2 reads the index entries equal to a range's
                // bound and filters them, so "< day" would read every count of that day (RowsReadWithHistoryTest).
                .where(TOTP_ATTEMPT.ATTEMPT_DAY.le(day.minusDays(1)))
                .orderBy(TOTP_ATTEMPT.ATTEMPT_DAY)
                .limit(limit)
                .fetch();
        if (past.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(TOTP_ATTEMPT)
                .where(DSL.row(TOTP_ATTEMPT.USER_KEY, TOTP_ATTEMPT.ATTEMPT_DAY).in(past))
                .execute();
    }

    @Override
    public void reset(UserKey user) {
        dsl.transaction(configuration -> {
            configuration
                    .dsl()
                    .deleteFrom(TOTP_ATTEMPT)
                    .where(TOTP_ATTEMPT.USER_KEY.eq(user.value()))
                    .execute();
            configuration
                    .dsl()
                    .deleteFrom(TOTP_LAST_STEP)
                    .where(TOTP_LAST_STEP.USER_KEY.eq(user.value()))
                    .execute();
        });
    }

    private boolean countBelowLimit(UserKey user, LocalDate day, int limit) {
        return countBelowLimit.execute(user.value(), day, limit) == 1;
    }

    private boolean moveForward(UserKey user, Instant stepStart) {
        return moveForward.execute(stepStart, user.value(), stepStart) == 1;
    }

    /** Inserts the first row for its key; false when a row with that key already exists. */
    private static boolean insertFirst(RenderedStatement insertUnlessPresent, Record row) {
        try {
            return insertUnlessPresent.execute(row.intoArray()) == 1;
        } catch (DataAccessException e) {
            if (SqlStates.isIntegrityViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
