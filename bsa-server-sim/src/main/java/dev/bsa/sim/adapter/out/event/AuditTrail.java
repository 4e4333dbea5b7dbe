package dev.bsa.sim.adapter.out.event;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.StatusPublisher;
import dev.bsa.sim.application.model.AuditEntry;
import dev.bsa.sim.application.port.out.AuditLog;
import java.time.Clock;
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
        AuthSession session = update.session();
        log.append(new AuditEntry(
                clock.instant(),
                session.id(),
                session.method(),
                session.client(),
                session.user(),
                update.status(),
                update.sequence(),
                update.status().isTerminal() ? session.error() : Optional.empty(),
                session.expiresAt()));
    }
}
