package dev.bsa.sim.control;

import dev.bsa.domain.model.PushNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the simulated push gateway delivers: the virtual phones (auto-answering ones through
 * {@link PhoneSimulator}) and the event stream subscribe here.
 */
public final class PushInbox {

    private static final Logger LOG = LoggerFactory.getLogger(PushInbox.class);

    private final List<Consumer<PushNotification>> receivers = new CopyOnWriteArrayList<>();

    /** Delivers a push to every receiver. */
    public void deliver(PushNotification notification) {
        for (Consumer<PushNotification> receiver : receivers) {
            try {
                receiver.accept(notification);
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
