package dev.bsa.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a channel's state from {@code GET /api/v1/channels/{channelKey}}: once on demand, or
 * repeatedly with a pause between the end of one call and the start of the next, until stopped.
 */
final class ChannelPoller {

    private final HttpTransport http;
    private final String path;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Consumer<JsonNode> onData;
    private final Consumer<ApiFailure> onFailure;
    private volatile boolean repeating;
    private volatile boolean stopped;

    ChannelPoller(
            HttpTransport http,
            String channelKey,
            ScheduledExecutorService scheduler,
            Duration interval,
            Consumer<JsonNode> onData,
            Consumer<ApiFailure> onFailure) {
        this.http = http;
        this.path = "/api/v1/channels/" + channelKey;
        this.scheduler = scheduler;
        this.interval = interval;
        this.onData = onData;
        this.onFailure = onFailure;
    }

    /** Starts polling now and after every answer; a second call does nothing. */
    synchronized void start() {
        if (!repeating && !stopped) {
            repeating = true;
            poll(true);
        }
    }

    /** One extra read now, e.g. to fill a gap in what the socket delivered. */
    void pollOnce() {
        if (!stopped) {
            poll(false);
        }
    }

    /** Stops; an answer still on its way is dropped. */
    void stop() {
        stopped = true;
    }

    private void poll(boolean repeat) {
        http.getAsync(path).whenComplete((data, failure) -> {
            if (stopped) {
                return;
            }
            if (failure == null) {
                onData.accept(data);
            } else {
                onFailure.accept(ResponseEnvelope.asFailure(failure));
            }
            if (repeat && !stopped) {
                scheduleNext();
            }
        });
    }

    private void scheduleNext() {
        try {
            scheduler.schedule(() -> poll(true), interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            stopped = true;
        }
    }
}
