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

    ExpireDueSessionsService(SessionLifecycle lifecycle, SessionRepository sessions, AppOtpCodeRepository codes,
            Clock clock) {
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
        do {
            due = sessions.findDue(now, BATCH);
            for (AuthSession session : due) {
                if (!lifecycle.expireIfDue(session).isLive()) {
                    expired++;
                }
            }
        } while (due.size() == BATCH);
        codes.deleteExpired(now);
        sessions.eraseTokensExpiredBefore(now);
        return expired;
    }
}
