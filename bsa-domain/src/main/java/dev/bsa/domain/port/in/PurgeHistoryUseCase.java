package dev.bsa.domain.port.in;

/**
 * Deletes history the rules no longer need: ended sessions past the retention window, and TOTP attempt
 * counters of past days. Live sessions, the counters that can still count and every user's last accepted
 * TOTP step are kept. Each call does at most a fixed amount of work; call it periodically.
 */
public interface PurgeHistoryUseCase {

    /** Deletes what is due now, up to one batch of each kind; says how much. */
    PurgedHistory purge();

    /**
     * What one purge deleted.
     *
     * @param sessions     ended sessions
     * @param totpCounters TOTP attempt counters (one per user and day)
     */
    record PurgedHistory(int sessions, int totpCounters) {}
}
