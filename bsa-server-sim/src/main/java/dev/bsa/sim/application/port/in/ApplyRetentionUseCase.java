package dev.bsa.sim.application.port.in;

/**
 * The retention job: deletes the simulator's history once nothing needs it — ended sessions and their
 * audit entries once the retention window has passed since their deadline, past days' TOTP counters and
 * expired refresh tokens. Each call deletes at most one batch of each kind; call it periodically.
 */
public interface ApplyRetentionUseCase {

    /** Deletes what is due now; says how much. */
    RetentionRun applyRetention();

    /**
     * What one run deleted.
     *
     * @param sessions      ended sessions
     * @param auditEntries  audit entries of those sessions
     * @param totpCounters  TOTP attempt counters of past days
     * @param refreshTokens expired refresh tokens
     */
    record RetentionRun(int sessions, int auditEntries, int totpCounters, int refreshTokens) {

        /** The rows deleted, all kinds together. */
        public int total() {
            return sessions + auditEntries + totpCounters + refreshTokens;
        }
    }
}
