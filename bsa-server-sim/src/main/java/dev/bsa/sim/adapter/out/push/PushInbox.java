package dev.bsa.sim.adapter.out.push;

import dev.bsa.domain.model.PushNotification;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.out.EventLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the simulated push gateway delivers: every receiver (the simulated phones) gets each push, and the
 * event log hears of it.
 */
public final class PushInbox {

    private static final Logger LOG = LoggerFactory.getLogger(PushInbox.class);

    private final EventLog events;
    private final List<Consumer<PushNotification>> receivers = new CopyOnWriteArrayList<>();

    public PushInbox(EventLog events) {
        this.events = events;
    }

    /** Delivers a push to every receiver. */
    public void deliver(PushNotification push) {
        events.publish(new SimEvent.PushSent(
                push.session().value(),
                push.user().value(),
                push.client().value(),
                push.method().name()));
        for (Consumer<PushNotification> receiver : receivers) {
            try {
                receiver.accept(push);
            } catch (RuntimeException failure) {
                LOG.warn("a push receiver failed: {}", failure.toString());
            }
        }
    }

    /** Adds a receiver. */
    public void subscribe(Consumer<PushNotification> receiver) {
        receivers.add(receiver);
    }
}
