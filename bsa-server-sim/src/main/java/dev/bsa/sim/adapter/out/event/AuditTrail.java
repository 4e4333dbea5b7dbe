package dev.bsa.sim.adapter.out.event;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.StatusPublisher;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes every status change to the {@link AuditLog}. */
public final class AuditTrail implements StatusPublisher {

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void publish(StatusUpdate update) {
        publishAll(List.of(update));
    }

    /** The statuses of one stored change go into the log in one write. */
    @Override
    public void publishAll(List<StatusUpdate> updates) {
        Instant now = clock.instant();
        log.append(updates.stream().map(update -> entry(update, now)).toList());
    }

    private static AuditEntry entry(StatusUpdate update, Instant now) {
        AuthSession session = update.session();
        return new AuditEntry(
                now,
                session.id(),
                session.method(),
                session.client(),
                session.user(),
                update.status(),
                update.sequence(),
                update.status().isTerminal() ? session.error() : Optional.empty(),
                session.expiresAt());
    }
}
