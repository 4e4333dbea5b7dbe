package dev.bsa.web.browser;

import java.time.Duration;
import java.util.Arrays;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the simulator's admin event streams (the console's live log, {@code /api/v1/admin/events})
 * to end before the simulator stops.
 *
 * <p>Why: a stream still open when the simulator stops wakes up on its next keep-alive, after the
 * server is gone, and Javalin then fails on the recycled request over and over on its async pool
 * (thousands of logged stack traces a second until the JVM exits). A stream whose browser has gone
 * ends at the next event it tries to send, so the extension closes the browser, lets the simulator
 * publish (a reset does), and waits here until no thread serves a stream any more.
 */
final class AdminEventStreams {

    private static final Logger LOG = LoggerFactory.getLogger(AdminEventStreams.class);
    private static final String HANDLER_CLASS = "dev.bsa.sim.adapter.in.http.AdminInspectionRoutes";
    private static final String HANDLER_METHOD = "events";

    private AdminEventStreams() {}

    /** Waits up to {@code patience} until no thread is serving an admin event stream. */
    static void awaitAllEnded(Duration patience) {
        try {
            new FluentWait<>(HANDLER_CLASS)
                    .withTimeout(patience)
                    .pollingEvery(Duration.ofMillis(20))
                    .until(handler -> openStreams() == 0);
        } catch (TimeoutException stillOpen) {
            LOG.warn(
                    "{} admin event stream(s) still open as the simulator stops; Javalin may log errors for them",
                    openStreams());
        }
    }

    private static long openStreams() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack)
                        .anyMatch(frame -> frame.getClassName().equals(HANDLER_CLASS)
                                && frame.getMethodName().equals(HANDLER_METHOD)))
                .count();
    }
}
