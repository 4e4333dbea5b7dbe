package dev.bsa.sim.adapter.in.http;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The open event streams of the console, so that stopping the server can end them first: a stream
 * still being served when the server stops would wake up later on a request that no longer exists.
 * Each stream reads its own queue; {@link #stopAll(long)} puts {@link #END} into every queue and waits
 * until every stream has returned.
 */
final class EventStreams {

    /** What a stream finds in its queue when it must end. */
    static final Object END = new Object();

    private final Set<BlockingQueue<Object>> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** Registers a stream's queue; false when the server is stopping and the stream must not start. */
    boolean open(BlockingQueue<Object> queue) {
        open.add(queue);
        if (stopping.get()) {
            open.remove(queue);
            return false;
        }
        return true;
    }

    /** The stream reading {@code queue} has returned. */
    void closed(BlockingQueue<Object> queue) {
        synchronized (open) {
            open.remove(queue);
            open.notifyAll();
        }
    }

    /** Ends every open stream and waits up to {@code timeoutMillis} for them to return; true when all did. */
    boolean stopAll(long timeoutMillis) {
        stopping.set(true);
        open.forEach(queue -> {
            queue.clear();
            queue.offer(END);
        });
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (open) {
            while (!open.isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    open.wait(left);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
