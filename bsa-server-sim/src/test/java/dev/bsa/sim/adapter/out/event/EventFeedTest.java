package dev.bsa.sim.adapter.out.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bsa.domain.testing.MutableClock;
import dev.bsa.sim.application.model.SimEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The live event stream: numbered in order, replayed to late subscribers, delivered once each, in order. */
class EventFeedTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final MutableClock clock = MutableClock.at(START);
    private final EventFeed feed = new EventFeed(clock);

    @Test
    void events_areNumberedFromOne_andStampedWithTheSimulatorsClock() {
        feed.publish(new SimEvent.StateReset());
        clock.advance(Duration.ofSeconds(5));
        feed.publish(new SimEvent.ClockMoved(START.plusSeconds(5), 5000, 0, false));

        assertThat(feed.recent())
                .extracting(
                        SimEvent.Numbered::id,
                        SimEvent.Numbered::at,
                        numbered -> numbered.event().type())
                .containsExactly(tuple(1L, START, "admin"), tuple(2L, START.plusSeconds(5), "clock"));
    }

    @Test
    void aLateSubscriber_getsTheLast200Events_thenEveryNewOne() throws Exception {
        for (int i = 0; i < 250; i++) {
            feed.publish(push(i));
        }
        List<Long> received = new ArrayList<>();

        try (AutoCloseable subscription = feed.subscribe(event -> received.add(event.id()))) {
            feed.publish(push(250));
        }
        feed.publish(push(251));

        assertThat(received)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(51, 251).boxed().toList());
    }

    @Test
    void aFailingSubscriber_isDropped_andTheOthersStillReceiveEverything() throws Exception {
        List<Long> healthy = new ArrayList<>();
        List<Long> failing = new ArrayList<>();
        feed.subscribe(event -> {
            failing.add(event.id());
            throw new IllegalStateException("a broken console");
        });
        feed.subscribe(event -> healthy.add(event.id()));

        feed.publish(new SimEvent.StateReset());
        feed.publish(new SimEvent.StateReset());

        assertThat(failing).containsExactly(1L);
        assertThat(healthy).containsExactly(1L, 2L);
    }

    @Test
    void aSubscriberThatFailsOnTheReplay_isNeverSubscribed() {
        feed.publish(new SimEvent.StateReset());
        List<Long> received = new ArrayList<>();

        feed.subscribe(event -> {
            received.add(event.id());
            throw new IllegalStateException("a broken console");
        });
        feed.publish(new SimEvent.StateReset());

        assertThat(received).containsExactly(1L);
    }

    @Test
    void eventsPublishedConcurrently_reachEverySubscriberOnceEach_inTheOrderOfTheirNumbers() throws Exception {
        int publishers = 4;
        int perPublisher = 3_000;
        List<Long> early = Collections.synchronizedList(new ArrayList<>());
        List<Long> late = Collections.synchronizedList(new ArrayList<>());
        feed.subscribe(event -> early.add(event.id()));
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perPublisher; i++) {
                        feed.publish(push(i));
                    }
                    return null;
                }));
            }
            go.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (latestId() < perPublisher) {
                assertThat(System.nanoTime()).as("the publishers make progress").isLessThan(deadline);
                Thread.onSpinWait();
            }
            feed.subscribe(event -> late.add(event.id()));
            for (Future<?> publisher : running) {
                publisher.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long total = (long) publishers * perPublisher;
        assertThat(early)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(late).isNotEmpty().endsWith(total);
        assertThat(late)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(late.get(0), total).boxed().toList());
    }

    private static SimEvent push(int n) {
        return new SimEvent.PushSent("session-" + n, "alice", "demo-client-key", "PUSH");
    }

    private long latestId() {
        List<SimEvent.Numbered> recent = feed.recent();
        return recent.isEmpty() ? 0 : recent.get(recent.size() - 1).id();
    }
}
