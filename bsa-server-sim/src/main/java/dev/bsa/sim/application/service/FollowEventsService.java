package dev.bsa.sim.application.service;

import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.FollowEventsUseCase;
import dev.bsa.sim.application.port.out.EventLog;
import java.util.List;
import java.util.function.Consumer;

/** The console's live log, straight from the event log. */
public final class FollowEventsService implements FollowEventsUseCase {

    private final EventLog events;

    public FollowEventsService(EventLog events) {
        this.events = events;
    }

    @Override
    public AutoCloseable subscribe(Consumer<SimEvent.Numbered> subscriber) {
        return events.subscribe(subscriber);
    }

    @Override
    public List<SimEvent.Numbered> recent() {
        return events.recent();
    }
}
