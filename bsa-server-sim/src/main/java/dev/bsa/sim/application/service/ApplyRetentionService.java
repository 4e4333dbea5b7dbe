package dev.bsa.sim.application.service;

import dev.bsa.domain.model.Retention;
import dev.bsa.domain.port.in.PurgeHistoryUseCase;
import dev.bsa.domain.port.in.PurgeHistoryUseCase.PurgedHistory;
import dev.bsa.sim.application.port.in.ApplyRetentionUseCase;
import dev.bsa.sim.application.port.out.AuditLog;
import dev.bsa.sim.application.port.out.RefreshTokenStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The domain's retention (sessions, TOTP counters) and the simulator's own: the audit entries of the
 * deleted sessions, found by their session's deadline with the same window, and expired refresh tokens
 * (unexpired ones are kept: each is good for one refresh until it expires).
 */
public final class ApplyRetentionService implements ApplyRetentionUseCase {

    /** The most audit entries one run deletes: every status of one run's worth of sessions. */
    public static final int MOST_AUDIT_ENTRIES_PER_RUN = 8_000;
    /** The most expired refresh tokens one run deletes. */
    public static final int MOST_REFRESH_TOKENS_PER_RUN = 1_000;

    private final PurgeHistoryUseCase domain;
    private final AuditLog audit;
    private final RefreshTokenStore refreshTokens;
    private final Retention retention;
    private final Clock clock;

    public ApplyRetentionService(
            PurgeHistoryUseCase domain,
            AuditLog audit,
            RefreshTokenStore refreshTokens,
            Retention retention,
            Clock clock) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RetentionRun applyRetention() {
        Instant now = clock.instant();
        PurgedHistory purged = domain.purge();
        int entries = audit.deleteOfSessionsExpiredBefore(now.minus(retention.window()), MOST_AUDIT_ENTRIES_PER_RUN);
        int tokens = refreshTokens.deleteExpired(now, MOST_REFRESH_TOKENS_PER_RUN);
        return new RetentionRun(purged.sessions(), entries, purged.totpCounters(), tokens);
    }
}
