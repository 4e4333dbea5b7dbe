package dev.bsa.sim.adapter.out.event;

import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.out.EventLog;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
public final class EventFeed implements EventLog {

    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    private static final int REPLAYED = 200;

    private final Clock clock;
    private final List<Consumer<SimEvent.Numbered>> subscribers = new ArrayList<>();
    private final Deque<SimEvent.Numbered> recent = new ArrayDeque<>();
    private long nextId = 1;

    public EventFeed(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void publish(SimEvent published) {
        synchronized (recent) {
            SimEvent.Numbered event = new SimEvent.Numbered(nextId++, clock.instant(), published);
            recent.addLast(event);
            if (recent.size() > REPLAYED) {
                recent.removeFirst();
            }
            subscribers.removeIf(subscriber -> !delivered(subscriber, event));
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<SimEvent.Numbered> subscriber) {
        synchronized (recent) {
            for (SimEvent.Numbered event : recent) {
                if (!delivered(subscriber, event)) {
                    return () -> {};
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

    @Override
    public List<SimEvent.Numbered> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private static boolean delivered(Consumer<SimEvent.Numbered> subscriber, SimEvent.Numbered event) {
        try {
            subscriber.accept(event);
            return true;
        } catch (RuntimeException failure) {
            LOG.warn("dropping an event subscriber that failed: {}", failure.toString());
            return false;
        }
    }
}
