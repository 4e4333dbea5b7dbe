package dev.bsa.junit;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ControlPlane;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a user's login to be live on the simulator, woken by the simulator's status events rather than by
 * polling: a test's asynchronous login request may still be on its way when the test wants to move the clock.
 */
final class LiveLogins {

    /** Live sessions are among the newest: a login of the user is found among this many. */
    private static final int RECENT = 1_000;

    private final ControlPlane control;

    LiveLogins(ControlPlane control) {
        this.control = control;
    }

    /** Returns once the user has a live login; an {@link IllegalStateException} after {@code guard}. */
    void await(UserKey user, Duration guard) {
        Semaphore statusChanged = new Semaphore(0);
        AutoCloseable subscription = control.events().subscribe(numbered -> {
            if (numbered.event() instanceof SimEvent.StatusChanged changed
                    && changed.userKey().filter(user.value()::equals).isPresent()) {
                statusChanged.release();
            }
        });
        try {
            long deadline = System.nanoTime() + guard.toNanos();
            while (!hasLiveLogin(user)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !statusChanged.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("no login of " + user.value() + " became live within " + guard);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a login of " + user.value(), interrupted);
        } finally {
            closeQuietly(subscription);
        }
    }

    private boolean hasLiveLogin(UserKey user) {
        return control.inspection().recentSessions(RECENT).stream()
                .anyMatch(session -> session.belongsTo(user) && session.isLive());
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // unsubscribing from an in-process stream cannot fail in a way that matters to the wait
        }
    }
}
