package dev.bsa.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedExecutorTest {

    @Test
    void onAManyThreadedExecutor_tasksRunInOrder_oneAtATime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        OrderedExecutor ordered = new OrderedExecutor(pool);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();

        IntStream.range(0, 1_000)
                .forEach(index -> ordered.execute(() -> {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    seen.add(index);
                    running.decrementAndGet();
                }));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(seen)
                .containsExactlyElementsOf(IntStream.range(0, 1_000).boxed().toList());
        assertThat(maxRunning).hasValue(1);
    }

    @Test
    void aThrowingTask_doesNotStopTheNextOnes() {
        OrderedExecutor ordered = new OrderedExecutor(Runnable::run);
        List<String> seen = new CopyOnWriteArrayList<>();

        ordered.execute(() -> {
            throw new IllegalStateException("a callback bug");
        });
        ordered.execute(() -> seen.add("next"));

        assertThat(seen).containsExactly("next");
    }

    @Test
    void aShutDownExecutor_runsTheTasksOnTheCallingThread() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        List<String> seen = new CopyOnWriteArrayList<>();

        new OrderedExecutor(pool).execute(() -> seen.add(Thread.currentThread().getName()));

        assertThat(seen).containsExactly(Thread.currentThread().getName());
    }
}
