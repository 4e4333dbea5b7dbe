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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The audit log in table {@code AUDIT_ENTRY}; the identity column {@code ENTRY_ID} keeps the order of appending.
 * Each row carries its session's deadline ({@code SESSION_EXPIRES_AT}, indexed), so that retention finds the
 * entries of expired sessions without reading the sessions' table.
 */
public final class JooqAuditLog implements AuditLog {

    /** Every column but the identity, which the database numbers, in the table's order. */
    private static final Field<?>[] WRITTEN = Arrays.stream(AUDIT_ENTRY.fields())
            .filter(column -> !column.equals(AUDIT_ENTRY.ENTRY_ID))
            .toArray(Field<?>[]::new);

    private final DSLContext dsl;
    /** The INSERT of n rows at index n, rendered on first use (a change passes through at most a few statuses). */
    private final Map<Integer, RenderedStatement> insertsByRows = new ConcurrentHashMap<>();

    public JooqAuditLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** The entries in one statement (one row each), so that the statuses of one change cost one write. */
    @Override
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object[] values = entries.stream()
                .map(JooqAuditLog::toRow)
                .flatMap(row -> Arrays.stream(WRITTEN).map(row::get))
                .toArray();
        insertsByRows
                .computeIfAbsent(entries.size(), rows -> RenderedStatement.insert(dsl, AUDIT_ENTRY, rows, WRITTEN))
                .execute(values);
    }

    private static AuditEntryRow toRow(AuditEntry entry) {
        AuditEntryRow row = new AuditEntryRow();
        row.setRecordedAt(Objects.requireNonNull(entry.at(), "at"));
        row.setSessionId(entry.session().value());
        row.setMethod(entry.method().name());
        row.setClientKey(entry.client().value());
        row.setUserKey(entry.user().map(UserKey::value).orElse(null));
        row.setStatus(entry.status().wireName());
        row.setSeqNo(entry.sequence());
        row.setErrorCode(entry.error().map(ErrorCode::code).orElse(null));
        row.setSessionExpiresAt(Objects.requireNonNull(entry.sessionDeadline(), "sessionDeadline"));
        return row;
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
