package dev.bsa.client;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in the order given, on any executor (even a multi-threaded one): the
 * callbacks of one login never overlap and never overtake each other. A task that throws is logged
 * and does not stop the ones after it.
 */
final class OrderedExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedExecutor.class);

    private final Executor delegate;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    OrderedExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            delegate.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            LOG.debug("callback executor rejected the callbacks; running them on the calling thread");
            drain();
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = tasks.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException failure) {
                LOG.warn("a BSA callback threw; the next callbacks still run", failure);
            }
        }
    }
}
