package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.AUDIT_ENTRY;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.AuditEntryRow;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.port.out.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;

/**
 * The audit log in table {@code AUDIT_ENTRY}; the identity column {@code ENTRY_ID} keeps the order of appending.
 * Each row carries its session's deadline ({@code SESSION_EXPIRES_AT}, indexed), so that retention finds the
 * entries of expired sessions without reading the sessions' table.
 */
public final class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    public JooqAuditLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** The entries in one statement (one row each), so that the statuses of one change cost one write. */
    @Override
    public void append(List<AuditEntry> entries) {
        InsertSetStep<AuditEntryRow> next = dsl.insertInto(AUDIT_ENTRY);
        InsertSetMoreStep<AuditEntryRow> rows = null;
        for (AuditEntry entry : entries) {
            rows = row(rows == null ? next : rows.newRecord(), entry);
        }
        if (rows != null) {
            rows.execute();
        }
    }

    private static InsertSetMoreStep<AuditEntryRow> row(InsertSetStep<AuditEntryRow> insert, AuditEntry entry) {
        return insert.set(AUDIT_ENTRY.RECORDED_AT, Objects.requireNonNull(entry.at(), "at"))
                .set(AUDIT_ENTRY.SESSION_ID, entry.session().value())
                .set(AUDIT_ENTRY.METHOD, entry.method().name())
                .set(AUDIT_ENTRY.CLIENT_KEY, entry.client().value())
                .set(AUDIT_ENTRY.USER_KEY, entry.user().map(UserKey::value).orElse(null))
                .set(AUDIT_ENTRY.STATUS, entry.status().wireName())
                .set(AUDIT_ENTRY.SEQ_NO, entry.sequence())
                .set(AUDIT_ENTRY.ERROR_CODE, entry.error().map(ErrorCode::code).orElse(null))
                .set(
                        AUDIT_ENTRY.SESSION_EXPIRES_AT,
                        Objects.requireNonNull(entry.sessionDeadline(), "sessionDeadline"));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return dsl.selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ENTRY_ID.desc())
                .limit(limit)
                .fetch(JooqAuditLog::fromRow);
    }

    @Override
    public List<AuditEntry> ofSession(SessionId session) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SESSION_ID.eq(session.value()))
                .orderBy(AUDIT_ENTRY.ENTRY_ID)
                .fetch(JooqAuditLog::fromRow);
    }

    @Override
    public int deleteOfSessionsExpiredBefore(Instant instant, int limit) {
        if (limit <= 0) {
            return 0;
        }
        List<Long> entries = dsl.select(AUDIT_ENTRY.ENTRY_ID)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SESSION_EXPIRES_AT.lt(instant))
                .orderBy(AUDIT_ENTRY.SESSION_EXPIRES_AT)
                .limit(limit)
                .fetch(AUDIT_ENTRY.ENTRY_ID);
        if (entries.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTRY_ID.in(entries))
                .execute();
    }

    private static AuditEntry fromRow(AuditEntryRow row) {
        AuthStatus status = AuthStatus.ofWireName(row.getStatus())
                .orElseThrow(() -> new IllegalStateException("unknown status in the audit log: " + row.getStatus()));
        return new AuditEntry(
                row.getRecordedAt(),
                new SessionId(row.getSessionId()),
                AuthMethod.valueOf(row.getMethod()),
                new ClientKey(row.getClientKey()),
                Optional.ofNullable(row.getUserKey()).map(UserKey::new),
                status,
                row.getSeqNo(),
                Optional.ofNullable(row.getErrorCode()).flatMap(ErrorCode::ofCode),
                row.getSessionExpiresAt());
    }
}
