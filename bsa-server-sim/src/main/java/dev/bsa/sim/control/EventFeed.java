package dev.bsa.sim.control;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live event stream of the simulator: subscribers receive every event from the moment they
 * subscribe, after a replay of the most recent ones. Thread-safe; a failing subscriber is logged
 * and dropped, never allowed to break the publisher.
 */
public final class EventFeed {

    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    private static final int REPLAYED = 200;

    private final Clock clock;
    private final List<Consumer<SimEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Deque<SimEvent> recent = new ArrayDeque<>();
    private long nextId = 1;

    public EventFeed(Clock clock) {
        this.clock = clock;
    }

    /** Publishes an event of {@code type} with {@code data}. */
    public void publish(String type, Map<String, Object> data) {
        SimEvent event;
        synchronized (recent) {
            event = new SimEvent(nextId++, clock.instant(), type, data);
            recent.addLast(event);
            if (recent.size() > REPLAYED) {
                recent.removeFirst();
            }
        }
        for (Consumer<SimEvent> subscriber : subscribers) {
            deliver(subscriber, event);
        }
    }

    /** Subscribes; the most recent events are replayed first. Closing the handle unsubscribes. */
    public AutoCloseable subscribe(Consumer<SimEvent> subscriber) {
        synchronized (recent) {
            recent.forEach(event -> deliver(subscriber, event));
            subscribers.add(subscriber);
        }
        return () -> subscribers.remove(subscriber);
    }

    /** The most recent events, oldest first. */
    public List<SimEvent> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private void deliver(Consumer<SimEvent> subscriber, SimEvent event) {
        try {
            subscriber.accept(event);
        } catch (RuntimeException failure) {
            LOG.warn("dropping an event subscriber that failed: {}", failure.toString());
            subscribers.remove(subscriber);
        }
    }
}
