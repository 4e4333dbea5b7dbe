package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.TOTP_LAST_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.TotpLastStepRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A statement rendered once runs with each call's values, converted and read back as jOOQ would. */
class RenderedStatementTest {

    private static final Instant STEP = Instant.parse("2026-01-15T09:00:30.123456Z");

    private final Database database = TestDatabases.freshInMemory();
    private final DSLContext dsl = database.dsl();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private RenderedStatement insert() {
        return RenderedStatement.insert(dsl, TOTP_LAST_STEP, 1, TOTP_LAST_STEP.fields());
    }

    private RenderedStatement select() {
        return RenderedStatement.selectFrom(dsl, TOTP_LAST_STEP, TOTP_LAST_STEP.USER_KEY);
    }

    @Test
    void givenValues_executeThenFetchFirst_readsThemBackThroughTheColumnsConverters() {
        assertThat(insert().execute("alice", STEP)).isEqualTo(1);

        TotpLastStepRow row =
                select().fetchFirst(new TotpLastStepRow(), "alice").orElseThrow();

        assertThat(row.getUserKey()).isEqualTo("alice");
        assertThat(row.getStepStartAt()).isEqualTo(STEP);
        assertThat(dsl.fetchOne(TOTP_LAST_STEP).getStepStartAt()).isEqualTo(STEP);
        assertThat(select().fetchFirst(new TotpLastStepRow(), "bob")).isEmpty();
    }

    @Test
    void givenRowsInBatches_executeBatch_insertsEveryRow() {
        insert().executeBatch(List.of(new Object[] {"a", STEP}, new Object[] {"b", STEP}, new Object[] {"c", STEP}), 2);

        assertThat(dsl.fetchCount(TOTP_LAST_STEP)).isEqualTo(3);
    }

    @Test
    void givenADuplicateKey_execute_failsWithJooqsExceptionAndTheIntegritySqlState() {
        insert().execute("alice", STEP);

        assertThatThrownBy(() -> insert().execute("alice", STEP))
                .isInstanceOfSatisfying(
                        DataAccessException.class,
                        e -> assertThat(SqlStates.isIntegrityViolation(e)).isTrue());
    }

    @Test
    void givenParameterNamesInAnotherOrder_orAValueThatIsNoNamedParameter_orTooFewValues_theStatementIsRefused() {
        assertThatThrownBy(() -> new RenderedStatement(
                        dsl,
                        "test: parameters in another order",
                        () -> dsl.insertInto(TOTP_LAST_STEP)
                                .columns(TOTP_LAST_STEP.USER_KEY, TOTP_LAST_STEP.STEP_START_AT)
                                .values(
                                        RenderedStatement.parameterFor(TOTP_LAST_STEP.USER_KEY),
                                        RenderedStatement.parameterFor(TOTP_LAST_STEP.STEP_START_AT)),
                        "STEP_START_AT",
                        "USER_KEY"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderedStatement(
                        dsl,
                        "test: a value that is no parameter",
                        () -> dsl.selectFrom(TOTP_LAST_STEP).where(TOTP_LAST_STEP.USER_KEY.eq("alice"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> select().execute()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatementIsBuiltOncePerJvm_andRunsOnEveryDatabaseThatRendersItTheSame() {
        AtomicInteger built = new AtomicInteger();
        Supplier<Query> query = () -> {
            built.incrementAndGet();
            return dsl.deleteFrom(TOTP_LAST_STEP)
                    .where(TOTP_LAST_STEP.USER_KEY.eq(RenderedStatement.parameterFor(TOTP_LAST_STEP.USER_KEY)));
        };
        String name = "test: delete a last step " + UUID.randomUUID(); // new to this JVM
        insert().execute("alice", STEP);
        Database other = TestDatabases.freshInMemory();
        try {
            RenderedStatement.insert(other.dsl(), TOTP_LAST_STEP, 1, TOTP_LAST_STEP.fields())
                    .execute("alice", STEP);

            new RenderedStatement(dsl, name, query, "USER_KEY").execute("alice");
            new RenderedStatement(other.dsl(), name, query, "USER_KEY").execute("alice");

            assertThat(built).hasValue(1);
            assertThat(dsl.fetchCount(TOTP_LAST_STEP)).isZero();
            assertThat(other.dsl().fetchCount(TOTP_LAST_STEP)).isZero();
        } finally {
            other.close();
        }
    }

    @Test
    void twoDifferentStatementsUnderOneName_areRefused() {
        new RenderedStatement(
                dsl,
                "test: one name",
                () -> dsl.selectFrom(TOTP_LAST_STEP)
                        .where(TOTP_LAST_STEP.USER_KEY.eq(RenderedStatement.parameterFor(TOTP_LAST_STEP.USER_KEY))),
                "USER_KEY");

        assertThatThrownBy(() -> new RenderedStatement(
                        dsl,
                        "test: one name",
                        () -> dsl.selectFrom(TOTP_LAST_STEP)
                                .where(TOTP_LAST_STEP.STEP_START_AT.eq(
                                        RenderedStatement.parameterFor(TOTP_LAST_STEP.STEP_START_AT))),
                        "STEP_START_AT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test: one name");
    }
}
