package dev.bsa.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.domain.model.AuthStatus;
import java.io.IOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one authentication channel: over the WebSocket {@code /ws/v1/channels/{channelKey}} while
 * it lasts, then by polling {@code GET /api/v1/channels/{channelKey}} when it cannot be opened or
 * drops before the session ended. Both feed one {@link StatusSequence}, so the listener sees every
 * status once and in order whatever path it came by. Thread-safe.
 */
public final class ChannelWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelWatch.class);
    /** Consecutive polls that may fail to reach the server before the watch gives up. */
    static final int MAX_UNREACHABLE_POLLS = 10;

    private final HttpTransport http;
    private final String channelKey;
    private final ChannelListener listener;
    private final ChannelPoller poller;
    private final StatusSequence sequence = new StatusSequence();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile WebSocket socket;
    private int unreachablePolls;

    private ChannelWatch(
            HttpTransport http,
            String channelKey,
            ChannelListener listener,
            ScheduledExecutorService scheduler,
            Duration pollInterval) {
        this.http = http;
        this.channelKey = channelKey;
        this.listener = listener;
        this.poller = new ChannelPoller(http, channelKey, scheduler, pollInterval, this::onPoll, this::onPollFailure);
    }

    /**
     * Starts watching a channel.
     *
     * @param http         the website-side transport (it carries the client key for polling)
     * @param channelKey   the channel key the start call returned
     * @param listener     who hears the statuses and the outcome
     * @param scheduler    runs the polls
     * @param pollInterval the pause between polls once the socket is gone
     * @return the watch, already connecting
     */
    public static ChannelWatch open(
            HttpTransport http,
            String channelKey,
            ChannelListener listener,
            ScheduledExecutorService scheduler,
            Duration pollInterval) {
        ChannelWatch watch = new ChannelWatch(http, channelKey, listener, scheduler, pollInterval);
        watch.connect();
        return watch;
    }

    private void connect() {
        try {
            http.client()
                    .newWebSocketBuilder()
                    .connectTimeout(http.timeout())
                    .buildAsync(
                            http.webSocketUri("/ws/v1/channels/" + channelKey),
                            new SocketFeed(this::onSocketMessage, this::onSocketLost))
                    .whenComplete(this::onSocketOpened);
        } catch (RuntimeException unsupported) {
            onSocketLost(unsupported);
        }
    }

    private void onSocketOpened(WebSocket webSocket, Throwable failure) {
        if (failure != null) {
            onSocketLost(failure);
            return;
        }
        socket = webSocket;
        if (closed.get() || polling.get()) {
            webSocket.abort();
        }
    }

    /** The test seam: kills the socket as a network failure would, so the watch must fall back to polling. */
    void dropSocket() {
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
        onSocketLost(new IOException("socket dropped"));
    }

    /** True once the watch has fallen back to polling. */
    boolean isPolling() {
        return polling.get();
    }

    private synchronized void onSocketMessage(String text) {
        if (ended.get() || closed.get()) {
            return;
        }
        JsonNode message;
        try {
            message = HttpTransport.json().readTree(text);
        } catch (JsonProcessingException unreadable) {
            LOG.warn("unreadable message on channel socket: {}", unreadable.getOriginalMessage());
            return;
        }
        String type = message.path("type").asText("");
        if (message.hasNonNull("remainingSeconds") && !"result".equals(type)) {
            listener.onRemaining(message.get("remainingSeconds").asInt());
        }
        switch (type) {
            case "status" -> offer(message, false);
            case "result" -> offer(message, true);
            case "error" ->
                end(new ChannelOutcome(
                        null,
                        message.path("errorCode").asInt(ApiFailure.UNREACHABLE_CODE),
                        text(message, "errorMessage"),
                        null,
                        null));
            default -> {}
        }
    }

    private void offer(JsonNode message, boolean terminal) {
        String status = message.path("status").asText();
        switch (sequence.offer(message.path("sequence").asInt(-1), status)) {
            case NEXT -> {
                listener.onStatus(status);
                if (terminal) {
                    end(outcome(status, message));
                }
            }
            case GAP -> poller.pollOnce();
            case SEEN -> {}
        }
    }

    private void onSocketLost(Throwable why) {
        if (ended.get() || closed.get() || !polling.compareAndSet(false, true)) {
            return;
        }
        LOG.debug("channel socket lost ({}); polling instead", why.toString());
        poller.start();
    }

    private synchronized void onPoll(JsonNode data) {
        if (ended.get() || closed.get()) {
            return;
        }
        unreachablePolls = 0;
        List<String> history = new ArrayList<>();
        data.path("statuses").forEach(status -> history.add(status.asText()));
        sequence.takeNew(history).forEach(listener::onStatus);
        String status = data.path("status").asText("");
        boolean terminal =
                AuthStatus.ofWireName(status).map(AuthStatus::isTerminal).orElse(false);
        if (terminal) {
            end(outcome(status, data));
        } else if (data.hasNonNull("remainingSeconds")) {
            listener.onRemaining(data.get("remainingSeconds").asInt());
        }
    }

    private synchronized void onPollFailure(ApiFailure failure) {
        if (ended.get() || closed.get()) {
            return;
        }
        boolean unreachable = failure.httpStatus() == 0 || failure.code() == ApiFailure.UNREACHABLE_CODE;
        if (!unreachable || ++unreachablePolls >= MAX_UNREACHABLE_POLLS) {
            end(ChannelOutcome.failure(failure));
        }
    }

    private void end(ChannelOutcome outcome) {
        if (ended.compareAndSet(false, true)) {
            close();
            listener.onEnd(outcome);
        }
    }

    private static ChannelOutcome outcome(String status, JsonNode message) {
        return new ChannelOutcome(
                status,
                message.path("errorCode").asInt(0),
                text(message, "errorMessage"),
                text(message, "accessToken"),
                text(message, "refreshToken"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** Stops watching: closes the socket and stops polling; the listener hears nothing more. */
    @Override
    public void close() {
        closed.set(true);
        poller.stop();
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }
}
