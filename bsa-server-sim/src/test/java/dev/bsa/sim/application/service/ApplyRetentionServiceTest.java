package dev.bsa.sim.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Retention;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.PurgeHistoryUseCase.PurgedHistory;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.adapter.out.persistence.JooqAuditLog;
import dev.bsa.sim.adapter.out.persistence.JooqRefreshTokenStore;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.port.in.ApplyRetentionUseCase.RetentionRun;
import dev.bsa.sim.application.port.out.RefreshTokenStore.RefreshTokenRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retention of the simulator's own history over the jOOQ adapters: audit entries go with their session (by
 * its deadline and the same window), expired refresh tokens go, unexpired ones stay; the domain's purge runs
 * too; and one run deletes at most one batch of each kind.
 */
class ApplyRetentionServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final Retention ONE_HOUR = new Retention(Duration.ofHours(1));

    private final MutableClock clock = MutableClock.at(NOW);
    private final Database database = Database.open(SimulatorConfig.inMemoryDatabase());
    private final JooqAuditLog audit = new JooqAuditLog(database.dsl());
    private final JooqRefreshTokenStore refreshTokens = new JooqRefreshTokenStore(database.dsl());
    private final AtomicInteger domainPurges = new AtomicInteger();
    private final ApplyRetentionService retention = new ApplyRetentionService(
            () -> {
                domainPurges.incrementAndGet();
                return new PurgedHistory(3, 4);
            },
            audit,
            refreshTokens,
            ONE_HOUR,
            clock);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void applyRetention_runsTheDomainsPurgeOnceAndReportsWhatItDeleted() {
        RetentionRun run = retention.applyRetention();

        assertThat(domainPurges).hasValue(1);
        assertThat(run.sessions()).isEqualTo(3);
        assertThat(run.totpCounters()).isEqualTo(4);
    }

    @Test
    void givenAuditEntriesOfSessionsAroundTheWindow_applyRetention_deletesOnlyThoseWhoseSessionsDeadlinePassedLonger() {
        SessionId old = session(1);
        SessionId justInside = session(2);
        SessionId live = session(3);
        append(old, 0, NOW.minus(ONE_HOUR.window()).minusMillis(1));
        append(old, 1, NOW.minus(ONE_HOUR.window()).minusMillis(1));
        append(justInside, 0, NOW.minus(ONE_HOUR.window()));
        append(live, 0, NOW.plusSeconds(30));

        assertThat(retention.applyRetention().auditEntries()).isEqualTo(2);

        assertThat(audit.ofSession(old)).isEmpty();
        assertThat(audit.ofSession(justInside)).hasSize(1);
        assertThat(audit.ofSession(live)).hasSize(1);
    }

    @Test
    void givenExpiredAndUnexpiredRefreshTokens_applyRetention_deletesOnlyTheExpiredOnes() {
        RefreshTokenRecord expired = token(1, NOW.minusSeconds(1));
        RefreshTokenRecord expiringNow = token(2, NOW);
        RefreshTokenRecord valid = token(3, NOW.plus(Duration.ofDays(14)));
        refreshTokens.save(expired);
        refreshTokens.save(expiringNow);
        refreshTokens.save(valid);

        assertThat(retention.applyRetention().refreshTokens()).isEqualTo(2);

        clock.set(NOW.minusSeconds(10));
        assertThat(refreshTokens.consume(expired.tokenHash(), expired.client(), clock.instant()))
                .isEmpty();
        assertThat(refreshTokens.consume(expiringNow.tokenHash(), expiringNow.client(), clock.instant()))
                .isEmpty();
        assertThat(refreshTokens.consume(valid.tokenHash(), valid.client(), clock.instant()))
                .contains(valid);
    }

    @Test
    void givenMoreDueRowsThanOneRunDeletes_applyRetention_deletesExactlyOneBatchOfEachKind() {
        int entries = ApplyRetentionService.MOST_AUDIT_ENTRIES_PER_RUN + 5;
        for (int index = 0; index < entries; index++) {
            append(session(index / 8), index % 8, NOW.minus(Duration.ofDays(1)).plusMillis(index));
        }
        int tokens = ApplyRetentionService.MOST_REFRESH_TOKENS_PER_RUN + 3;
        for (int index = 0; index < tokens; index++) {
            refreshTokens.save(token(index, NOW.minusSeconds(tokens - index)));
        }

        RetentionRun first = retention.applyRetention();
        RetentionRun second = retention.applyRetention();

        assertThat(first.auditEntries()).isEqualTo(ApplyRetentionService.MOST_AUDIT_ENTRIES_PER_RUN);
        assertThat(first.refreshTokens()).isEqualTo(ApplyRetentionService.MOST_REFRESH_TOKENS_PER_RUN);
        assertThat(second.auditEntries()).isEqualTo(5);
        assertThat(second.refreshTokens()).isEqualTo(3);
        assertThat(audit.recent(10)).isEmpty();
    }

    private void append(SessionId session, int sequence, Instant deadline) {
        audit.append(new AuditEntry(
                deadline.minusSeconds(60),
                session,
                AuthMethod.PUSH,
                new ClientKey("shop"),
                Optional.of(new UserKey("alice")),
                sequence == 0 ? AuthStatus.REQUEST_AUTH : AuthStatus.CREATE_CHANNEL,
                sequence,
                Optional.empty(),
                deadline));
    }

    private static SessionId session(int number) {
        return new SessionId(String.format(Locale.ROOT, "%032x", number));
    }

    private static RefreshTokenRecord token(int number, Instant expiresAt) {
        return new RefreshTokenRecord(
                String.format(Locale.ROOT, "%064x", number),
                session(number),
                new UserKey("alice"),
                new ClientKey("shop"),
                AuthMethod.TOTP,
                expiresAt.minus(Duration.ofDays(14)),
                expiresAt);
    }
}
