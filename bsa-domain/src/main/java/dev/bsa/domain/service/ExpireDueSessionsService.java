package dev.bsa.domain.service;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.port.out.SessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The sweeper: times out every live session whose deadline has come, removes expired app codes, and
 * erases the delivery copy of tokens once the session's deadline is behind it.
 */
public final class ExpireDueSessionsService implements ExpireDueSessionsUseCase {

    private static final int BATCH = 200;

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
        int expired = 0;
        List<AuthSession> due;
        int expiredInBatch;
        do {
            due = sessions.findDue(now, BATCH);
            expiredInBatch = 0;
            for (AuthSession session : due) {
                if (!lifecycle.expireIfDue(session).isLive()) {
                    expiredInBatch++;
                }
            }
            expired += expiredInBatch;
            // A full batch may mean more are due; a batch of which none could be ended would come back
            // unchanged, so the sweep stops there and the next sweep tries again.
        } while (due.size() == BATCH && expiredInBatch > 0);
        codes.deleteExpired(now);
        sessions.eraseTokensExpiredBefore(now);
        return expired;
    }
}
