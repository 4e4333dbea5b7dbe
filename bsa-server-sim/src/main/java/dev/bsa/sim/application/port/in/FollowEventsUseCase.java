package dev.bsa.sim.application.port.in;

import dev.bsa.sim.application.model.SimEvent;
import java.util.List;
import java.util.function.Consumer;

/** The console's live log: every status change, push, clock move and control-plane change, numbered. */
public interface FollowEventsUseCase {

    /** Subscribes; the most recent events are replayed first. Closing the handle unsubscribes. */
    AutoCloseable subscribe(Consumer<SimEvent.Numbered> subscriber);

    /** The most recent events, oldest first. */
    List<SimEvent.Numbered> recent();
}
