package dev.bsa.sim.application.port.out;

import dev.bsa.domain.model.SessionId;
import dev.bsa.sim.application.model.AuditEntry;
import java.time.Instant;
import java.util.List;

/** The append-only record of every status change of every session. */
public interface AuditLog {

    /** Appends one entry. */
    default void append(AuditEntry entry) {
        append(List.of(entry));
    }

    /** Appends entries in their order, in one write. */
    void append(List<AuditEntry> entries);

    /** The newest entries, newest first, at most {@code limit}. */
    List<AuditEntry> recent(int limit);

    /** Every entry of one session, oldest first. */
    List<AuditEntry> ofSession(SessionId session);

    /**
     * Deletes up to {@code limit} entries of sessions whose deadline is before {@code instant}, oldest
     * deadline first (the retention of ended sessions); returns how many.
     */
    int deleteOfSessionsExpiredBefore(Instant instant, int limit);
}
