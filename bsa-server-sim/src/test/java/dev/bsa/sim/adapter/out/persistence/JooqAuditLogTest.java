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
                error);
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
}
