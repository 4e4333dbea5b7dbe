package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqAuditLogTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00.654321Z");
    private static final SessionId FIRST = new SessionId("1".repeat(32));
    private static final SessionId SECOND = new SessionId("2".repeat(32));

    private final Database database = TestDatabases.freshInMemory();
    private final JooqAuditLog log = new JooqAuditLog(database.dsl());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static AuditEntry entry(SessionId session, AuthStatus status, int sequence, Optional<ErrorCode> error) {
        return new AuditEntry(
                T0.plusSeconds(sequence),
                session,
                AuthMethod.QR,
                new ClientKey("shop"),
                sequence == 0 ? Optional.empty() : Optional.of(new UserKey("alice")),
                status,
                sequence,
                error,
                T0.plusSeconds(60));
    }

    private static AuditEntry entryOfSessionWithDeadline(SessionId session, int sequence, Instant deadline) {
        return new AuditEntry(
                deadline.minusSeconds(60).plusSeconds(sequence),
                session,
                AuthMethod.PUSH,
                new ClientKey("shop"),
                Optional.of(new UserKey("alice")),
                sequence == 0 ? AuthStatus.REQUEST_AUTH : AuthStatus.AUTH_COMPLETED,
                sequence,
                Optional.empty(),
                deadline);
    }

    @Test
    void givenNothingAppended_recentAndOfSession_areEmpty() {
        assertThat(log.recent(10)).isEmpty();
        assertThat(log.ofSession(FIRST)).isEmpty();
    }

    @Test
    void givenEntriesOfTwoSessions_ofSession_returnsOneSessionsEntriesOldestFirstExactlyAsAppended() {
        AuditEntry requested = entry(FIRST, AuthStatus.REQUEST_AUTH, 0, Optional.empty());
        AuditEntry other = entry(SECOND, AuthStatus.REQUEST_AUTH, 0, Optional.empty());
        AuditEntry canceled = entry(FIRST, AuthStatus.AUTH_CANCELED, 1, Optional.of(ErrorCode.AUTH_CANCELED));
        log.append(requested);
        log.append(other);
        log.append(canceled);

        assertThat(log.ofSession(FIRST)).containsExactly(requested, canceled);
    }

    @Test
    void givenEntriesAppendedInOneWrite_theyKeepTheirOrderAfterThoseAppendedBefore() {
        AuditEntry requested = entry(FIRST, AuthStatus.REQUEST_AUTH, 0, Optional.empty());
        AuditEntry created = entry(FIRST, AuthStatus.CREATE_CHANNEL, 1, Optional.empty());
        AuditEntry selected = entry(FIRST, AuthStatus.SELECT_NODES, 2, Optional.empty());
        AuditEntry failed = entry(FIRST, AuthStatus.AUTH_FAILED, 3, Optional.of(ErrorCode.PUSH_FAILED));
        log.append(requested);
        log.append(List.of(created, selected, failed));
        log.append(List.of());

        assertThat(log.ofSession(FIRST)).containsExactly(requested, created, selected, failed);
        assertThat(log.recent(2)).containsExactly(failed, selected);
    }

    @Test
    void givenSeveralEntries_recent_returnsTheNewestFirstUpToTheLimit() {
        AuditEntry first = entry(FIRST, AuthStatus.REQUEST_AUTH, 0, Optional.empty());
        AuditEntry second = entry(FIRST, AuthStatus.CREATE_CHANNEL, 1, Optional.empty());
        AuditEntry third = entry(FIRST, AuthStatus.AUTH_TIMEOUT, 2, Optional.of(ErrorCode.AUTH_TIMEOUT));
        log.append(first);
        log.append(second);
        log.append(third);

        assertThat(log.recent(2)).containsExactly(third, second);
        assertThat(log.recent(10)).containsExactly(third, second, first);
        assertThat(log.recent(0)).isEmpty();
    }

    @Test
    void
            givenEntriesOfSessionsWithDifferentDeadlines_deleteOfSessionsExpiredBefore_deletesOnlyThoseOfEarlierDeadlines() {
        AuditEntry oldStart = entryOfSessionWithDeadline(FIRST, 0, T0);
        AuditEntry oldEnd = entryOfSessionWithDeadline(FIRST, 1, T0);
        AuditEntry atTheInstant = entryOfSessionWithDeadline(SECOND, 0, T0.plusSeconds(1));
        log.append(oldStart);
        log.append(atTheInstant);
        log.append(oldEnd);

        assertThat(log.deleteOfSessionsExpiredBefore(T0.plusSeconds(1), 10)).isEqualTo(2);

        assertThat(log.ofSession(FIRST)).isEmpty();
        assertThat(log.ofSession(SECOND)).containsExactly(atTheInstant);
        assertThat(log.recent(10)).containsExactly(atTheInstant);
    }

    @Test
    void givenMoreExpiredEntriesThanTheLimit_deleteOfSessionsExpiredBefore_deletesExactlyTheLimitOldestDeadlineFirst() {
        AuditEntry later = entryOfSessionWithDeadline(SECOND, 0, T0.plusSeconds(5));
        AuditEntry first = entryOfSessionWithDeadline(FIRST, 0, T0);
        AuditEntry second = entryOfSessionWithDeadline(FIRST, 1, T0);
        log.append(later);
        log.append(first);
        log.append(second);

        assertThat(log.deleteOfSessionsExpiredBefore(T0.plusSeconds(60), 2)).isEqualTo(2);

        assertThat(log.recent(10)).containsExactly(later);
        assertThat(log.deleteOfSessionsExpiredBefore(T0.plusSeconds(60), 2)).isEqualTo(1);
        assertThat(log.deleteOfSessionsExpiredBefore(T0.plusSeconds(60), 2)).isZero();
    }
}
