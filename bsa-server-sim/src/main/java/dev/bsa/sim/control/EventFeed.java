package dev.bsa.sim.control;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live event stream of the simulator: subscribers receive every event from the moment they
 * subscribe, after a replay of the most recent ones, each event once and in the order of its id.
 * Thread-safe: events are numbered and delivered under one lock, so subscribers must be quick (hand
 * the event to a queue); a failing subscriber is logged and dropped, never allowed to break the
 * publisher.
 */
public final class EventFeed {

    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    private static final int REPLAYED = 200;

    private final Clock clock;
    private final List<Consumer<SimEvent>> subscribers = new ArrayList<>();
    private final Deque<SimEvent> recent = new ArrayDeque<>();
    private long nextId = 1;

    public EventFeed(Clock clock) {
        this.clock = clock;
    }

    /** Publishes an event of {@code type} with {@code data}. */
    public void publish(String type, Map<String, Object> data) {
        synchronized (recent) {
            SimEvent event = new SimEvent(nextId++, clock.instant(), type, data);
            recent.addLast(event);
            if (recent.size() > REPLAYED) {
                recent.removeFirst();
            }
            subscribers.removeIf(subscriber -> !delivered(subscriber, event));
        }
    }

    /** Subscribes; the most recent events are replayed first. Closing the handle unsubscribes. */
    public AutoCloseable subscribe(Consumer<SimEvent> subscriber) {
        synchronized (recent) {
            for (SimEvent event : recent) {
                if (!delivered(subscriber, event)) {
                    return () -> { };
                }
            }
            subscribers.add(subscriber);
        }
        return () -> {
            synchronized (recent) {
                subscribers.remove(subscriber);
            }
        };
    }

    /** The most recent events, oldest first. */
    public List<SimEvent> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private static boolean delivered(Consumer<SimEvent> subscriber, SimEvent event) {
        try {
            subscriber.accept(event);
            return true;
        } catch (RuntimeException failure) {
            LOG.warn("dropping an event subscriber that failed: {}", failure.toString());
            return false;
        }
    }
}
