package dev.bsa.domain.service;

import dev.bsa.domain.model.Retention;
import dev.bsa.domain.port.in.PurgeHistoryUseCase;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpStateRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Retention: deletes ended sessions once the retention window has passed since their deadline, and the
 * TOTP attempt counters of days before yesterday in the configured day zone. Today's counters are what the
 * daily limit reads; yesterday's are kept too, because changing the day zone at run time can move "today"
 * back by a day. The last accepted step of each user is never deleted: it is what refuses a replayed code.
 */
public final class PurgeHistoryService implements PurgeHistoryUseCase {

    /** The most ended sessions one run deletes. */
    public static final int MOST_SESSIONS_PER_RUN = 1_000;
    /** The most TOTP counters one run deletes. */
    public static final int MOST_COUNTERS_PER_RUN = 1_000;

    private final SessionRepository sessions;
    private final TotpStateRepository totpState;
    private final SettingsRepository settings;
    private final Retention retention;
    private final Clock clock;

    PurgeHistoryService(
            SessionRepository sessions,
            TotpStateRepository totpState,
            SettingsRepository settings,
            Retention retention,
            Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.totpState = Objects.requireNonNull(totpState, "totpState");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PurgedHistory purge() {
        Instant now = clock.instant();
        int deletedSessions = sessions.deleteEndedBefore(now.minus(retention.window()), MOST_SESSIONS_PER_RUN);
        LocalDate today = LocalDate.ofInstant(now, settings.current().totp().dayZone());
        int deletedCounters = totpState.deleteAttemptsBefore(today.minusDays(1), MOST_COUNTERS_PER_RUN);
        return new PurgedHistory(deletedSessions, deletedCounters);
    }
}
