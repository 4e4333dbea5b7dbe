package dev.bsa.bench.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker: logins one after the other for its own users until the run ends. Logins that start
 * during the warm-up are not counted; logins that start in the measured window are counted in full,
 * however late they end.
 */
final class LoginWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LoginWorker.class);
    private static final long FAILURE_PAUSE_MILLIS = 100;

    private final LoginRunner runner;
    private final WorkerUsers users;
    private final long measureFrom;
    private final long end;
    private final ErrorTally errors;
    private final LatencyLog latencies = new LatencyLog();
    private volatile long lastEnd;
    private volatile long allSucceeded;

    /**
     * @param measureFrom {@link System#nanoTime()} at which measuring starts
     * @param end         {@link System#nanoTime()} after which no login starts
     */
    LoginWorker(LoginRunner runner, WorkerUsers users, long measureFrom, long end, ErrorTally errors) {
        this.runner = runner;
        this.users = users;
        this.measureFrom = measureFrom;
        this.end = end;
        this.errors = errors;
        this.lastEnd = measureFrom;
    }

    @Override
    public void run() {
        while (System.nanoTime() - end < 0 && !Thread.currentThread().isInterrupted()) {
            try {
                count(runner.attempt(users));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failure) {
                LOG.warn("a login failed in the driver itself", failure);
                errors.count("driver (" + failure.getClass().getSimpleName() + ")");
                pauseAfterFailure();
            }
        }
    }

    /** A failure of the driver itself (say, the admin API refusing to move the clock) is not retried at full speed. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(FAILURE_PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void count(Attempt attempt) {
        if (attempt.succeeded()) {
            allSucceeded++;
        }
        if (attempt.startedNanos() - measureFrom < 0 || attempt.startedNanos() - end >= 0) {
            return;
        }
        if (attempt.succeeded()) {
            latencies.record(attempt.latencyNanos());
        } else {
            errors.count(attempt.error());
        }
        lastEnd = attempt.startedNanos() + attempt.latencyNanos();
    }

    /** The latencies of the counted logins that gave tokens. */
    LatencyLog latencies() {
        return latencies;
    }

    /** Logins that gave tokens, those of the warm-up included. */
    long allSucceeded() {
        return allSucceeded;
    }

    /** {@link System#nanoTime()} at which the last counted login ended. */
    long lastEnd() {
        return lastEnd;
    }
}
