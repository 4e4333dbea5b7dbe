package dev.bsa.domain.service;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.port.out.SessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The sweeper: times out live sessions whose deadline has come, removes expired app codes, and erases the
 * delivery copy of tokens once the session's deadline is behind it. It runs often, so each run does at
 * most a fixed amount of work, whatever the history holds: what is left over is the next run's.
 */
public final class ExpireDueSessionsService implements ExpireDueSessionsUseCase {

    /** Due sessions read at once. */
    public static final int BATCH = 200;
    /** The most due sessions one run times out. */
    public static final int MOST_EXPIRED_PER_RUN = 5 * BATCH;
    /** The most expired codes one run removes. */
    public static final int MOST_CODES_PER_RUN = 1_000;
    /** The most sessions whose tokens one run erases. */
    public static final int MOST_ERASED_PER_RUN = 1_000;

    private final SessionLifecycle lifecycle;
    private final SessionRepository sessions;
    private final AppOtpCodeRepository codes;
    private final Clock clock;

    ExpireDueSessionsService(
            SessionLifecycle lifecycle, SessionRepository sessions, AppOtpCodeRepository codes, Clock clock) {
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public int expireDue() {
        Instant now = clock.instant();
        int expired = expireDue(now);
        codes.deleteExpired(now, MOST_CODES_PER_RUN);
        sessions.eraseTokensExpiredBefore(now, MOST_ERASED_PER_RUN);
        return expired;
    }

    private int expireDue(Instant now) {
        int expired = 0;
        for (int read = 0; read < MOST_EXPIRED_PER_RUN; read += BATCH) {
            List<AuthSession> due = sessions.findDue(now, BATCH);
            int expiredInBatch = 0;
            for (AuthSession session : due) {
                if (!lifecycle.expireIfDue(session).isLive()) {
                    expiredInBatch++;
                }
            }
            expired += expiredInBatch;
            // A short batch means nothing more is due; a batch of which none could be ended would come back
            // unchanged, so the run stops there and the next run tries again.
            if (due.size() < BATCH || expiredInBatch == 0) {
                break;
            }
        }
        return expired;
    }
}
