package dev.bsa.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kind of call (a login flow, or a baseline endpoint) run by concurrent workers in a closed loop, one
 * measured window at a time: the report alternates windows of different flows, so that a change in the
 * machine's load falls on all of them alike. Each worker keeps its own users across windows (a TOTP step
 * is used once per user). Latencies go into HdrHistograms.
 */
public final class LoadFlow {

    private static final Logger LOG = LoggerFactory.getLogger(LoadFlow.class);
    /** HdrHistogram's precision: three significant decimal digits (0.1 %). */
    private static final int SIGNIFICANT_DIGITS = 3;

    private final String name;
    private final LoginRunner runner;
    private final List<WorkerUsers> shares;
    private final Duration callTimeout;

    LoadFlow(String name, LoginRunner runner, List<LoadUser> users, int workers, Duration callTimeout) {
        this.name = name;
        this.runner = runner;
        this.shares = WorkerUsers.deal(users, workers);
        this.callTimeout = callTimeout;
    }

    /** What the flow is, in words. */
    public String name() {
        return name;
    }

    /** Runs the workers for {@code duration}; attempts that start in it count in full, however late they end. */
    public LoadWindow measure(Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ErrorTally errors = new ErrorTally();
        List<Worker> workers =
                shares.stream().map(share -> new Worker(share, end, errors)).toList();
        List<Thread> threads = new ArrayList<>();
        for (int index = 0; index < workers.size(); index++) {
            Thread thread = new Thread(workers.get(index), "bsa-report-worker-" + index);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long deadline = end + callTimeout.toNanos() + TimeUnit.SECONDS.toNanos(10);
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
        Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
        Histogram approval = new Histogram(SIGNIFICANT_DIGITS);
        long lastEnd = start;
        for (Worker worker : workers) {
            latency.add(worker.latency);
            approval.add(worker.approval);
            lastEnd = Math.max(lastEnd, worker.lastEnd);
        }
        return new LoadWindow(latency.getTotalCount(), (lastEnd - start) / 1e9, errors.snapshot(), latency, approval);
    }

    /** One closed-loop worker of one window. */
    private final class Worker implements Runnable {

        private final WorkerUsers users;
        private final long end;
        private final ErrorTally errors;
        private final Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
        private final Histogram approval = new Histogram(SIGNIFICANT_DIGITS);
        private long lastEnd;

        Worker(WorkerUsers users, long end, ErrorTally errors) {
            this.users = users;
            this.end = end;
            this.errors = errors;
        }

        @Override
        public void run() {
            while (System.nanoTime() - end < 0 && !Thread.currentThread().isInterrupted()) {
                try {
                    record(runner.attempt(users));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException failure) {
                    LOG.warn("a call of {} failed in the generator itself", name, failure);
                    errors.count("generator (" + failure.getClass().getSimpleName() + ")");
                }
            }
        }

        private void record(Attempt attempt) {
            lastEnd = Math.max(lastEnd, attempt.startedNanos() + attempt.latencyNanos());
            if (!attempt.succeeded()) {
                errors.count(attempt.error());
                return;
            }
            latency.recordValue(attempt.latencyNanos());
            if (attempt.approvalToResultNanos() >= 0) {
                approval.recordValue(attempt.approvalToResultNanos());
            }
        }
    }
}
