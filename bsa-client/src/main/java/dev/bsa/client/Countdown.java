package dev.bsa.client;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The countdown behind {@code setAuthTimer} and its siblings: about once a second it gives the whole
 * seconds left before the login's deadline, strictly decreasing, down to 0, then stops. It counts on
 * the local monotonic clock from the server's figure at the start, and moves the deadline earlier
 * when the server later reports less time left (a virtual clock that jumped).
 */
final class Countdown {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ScheduledExecutorService scheduler;
    private final IntConsumer emit;
    private long deadlineNanos;
    private int lastEmitted = Integer.MAX_VALUE;
    private ScheduledFuture<?> ticking;
    private boolean stopped;

    /**
     * A countdown; {@link #start(int)} sets it going.
     *
     * @param scheduler runs the ticks
     * @param emit      receives each value (must not block)
     */
    Countdown(ScheduledExecutorService scheduler, IntConsumer emit) {
        this.scheduler = scheduler;
        this.emit = emit;
    }

    /** Starts from {@code seconds} left now: gives it at once, then one less about every second. */
    synchronized void start(int seconds) {
        if (stopped || ticking != null) {
            return;
        }
        deadlineNanos = System.nanoTime() + seconds * SECOND;
        try {
            ticking = scheduler.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
        } catch (RejectedExecutionException shutDown) {
            stopped = true;
        }
    }

    /** The server reports {@code seconds} left: the deadline moves earlier when that is less than counted. */
    synchronized void serverSays(int seconds) {
        long reported = System.nanoTime() + seconds * SECOND + SECOND / 2;
        if (ticking != null && reported < deadlineNanos - SECOND) {
            deadlineNanos = reported;
            tick();
        }
    }

    /** Stops; no value is given after this returns. */
    synchronized void stop() {
        stopped = true;
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private synchronized void tick() {
        if (stopped) {
            return;
        }
        long left = deadlineNanos - System.nanoTime();
        int seconds = left <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE - 1L, (left + SECOND / 2) / SECOND);
        if (seconds < lastEmitted) {
            lastEmitted = seconds;
            emit.accept(seconds);
        }
        if (seconds == 0) {
            stop();
        }
    }
}
