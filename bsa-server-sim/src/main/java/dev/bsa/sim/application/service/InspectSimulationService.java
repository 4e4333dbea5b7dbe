package dev.bsa.sim.application.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.port.in.InspectSimulationUseCase;
import dev.bsa.sim.application.port.out.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read-only views of the stored sessions, the audit log and the TOTP counters. */
public final class InspectSimulationService implements InspectSimulationUseCase {

    private final SessionRepository sessions;
    private final AuditLog audit;
    private final UserRepository users;
    private final TotpStateRepository totpState;
    private final SettingsRepository settings;
    private final Clock clock;

    public InspectSimulationService(
            SessionRepository sessions,
            AuditLog audit,
            UserRepository users,
            TotpStateRepository totpState,
            SettingsRepository settings,
            Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.users = users;
        this.totpState = totpState;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<AuthSession> recentSessions(int limit) {
        return sessions.findRecent(limit);
    }

    @Override
    public Optional<AuthSession> session(SessionId id) {
        return sessions.findById(id);
    }

    @Override
    public List<AuditEntry> recentAudit(int limit) {
        return audit.recent(limit);
    }

    @Override
    public List<AuditEntry> auditOf(SessionId session) {
        return audit.ofSession(session);
    }

    @Override
    public Result<TotpCounters> totpCounters(UserKey user) {
        if (users.find(user).isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user + " is not registered");
        }
        TotpRules rules = settings.current().totp();
        LocalDate day = LocalDate.ofInstant(clock.instant(), rules.dayZone());
        return Result.success(new TotpCounters(
                totpState.attempts(user, day), rules.dailyLimit(), day, totpState.lastAcceptedStep(user)));
    }
}
