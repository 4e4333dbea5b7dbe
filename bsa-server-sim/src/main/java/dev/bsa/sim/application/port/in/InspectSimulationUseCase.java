package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.AuditEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the console and tests look at: recent sessions, the audit log, a user's TOTP counters. */
public interface InspectSimulationUseCase {

    /** The newest sessions, newest first, at most {@code limit}. */
    List<AuthSession> recentSessions(int limit);

    /** One session. */
    Optional<AuthSession> session(SessionId id);

    /** The newest audit entries, newest first, at most {@code limit}. */
    List<AuditEntry> recentAudit(int limit);

    /** Every audit entry of one session, oldest first. */
    List<AuditEntry> auditOf(SessionId session);

    /** The user's TOTP attempts today and last accepted step; 2008 for an unknown user. */
    Result<TotpCounters> totpCounters(UserKey user);

    /**
     * A user's TOTP counters.
     *
     * @param attempts         attempts counted today
     * @param dailyLimit       the limit in force
     * @param day              today, in the limit's zone
     * @param lastAcceptedStep the start of the last accepted step, if any
     */
    record TotpCounters(int attempts, int dailyLimit, LocalDate day, Optional<Instant> lastAcceptedStep) {}
}
