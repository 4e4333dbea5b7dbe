package dev.bsa.sim.adapter.out.event;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.StatusPublisher;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.out.EventLog;
import java.util.Optional;

/** Tells the event log about every status a session enters, with the code of a failed, timed-out or canceled end. */
public final class StatusEvents implements StatusPublisher {

    private final EventLog events;

    public StatusEvents(EventLog events) {
        this.events = events;
    }

    @Override
    public void publish(StatusUpdate update) {
        AuthSession session = update.session();
        Optional<Integer> error = update.isFinal() ? session.error().map(ErrorCode::code) : Optional.empty();
        events.publish(new SimEvent.StatusChanged(
                session.id().value(),
                session.method().name(),
                session.client().value(),
                session.user().map(UserKey::value),
                update.status().wireName(),
                update.sequence(),
                error));
    }
}
