package dev.bsa.sim.application.port.out;

import dev.bsa.sim.application.model.SimEvent;
import java.util.List;
import java.util.function.Consumer;

/** The simulator's live event stream (the console's log): events are numbered and stamped as they are published. */
public interface EventLog {

    /** Publishes an event. */
    void publish(SimEvent event);

    /** Subscribes; the most recent events are replayed first. Closing the handle unsubscribes. */
    AutoCloseable subscribe(Consumer<SimEvent.Numbered> subscriber);

    /** The most recent events, oldest first. */
    List<SimEvent.Numbered> recent();
}
