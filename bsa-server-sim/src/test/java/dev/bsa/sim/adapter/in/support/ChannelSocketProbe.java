package dev.bsa.sim.adapter.in.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client of the live status channel that collects every message, on the JDK's {@link WebSocket}. */
public final class ChannelSocketProbe implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects to {@code url} and returns the listener once the socket is open. */
    public static ChannelSocketProbe connect(String url) {
        ChannelSocketProbe listener = new ChannelSocketProbe();
        listener.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(60))
                .buildAsync(URI.create(url), listener)
                .orTimeout(60, TimeUnit.SECONDS)
                .join();
        return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (Exception malformed) {
                messages.add(JSON.createObjectNode().put("type", "malformed").put("text", partial.toString()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** The next message; fails the test after {@code timeout}. */
    public JsonNode next(Duration timeout) {
        try {
            JsonNode message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message within " + timeout);
            }
            return message;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** The next message of {@code type}, skipping others (ticks, usually). */
    public JsonNode nextOfType(String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type + " message within " + timeout);
            }
            JsonNode message = next(Duration.ofNanos(left));
            if (type.equals(message.path("type").asText())) {
                return message;
            }
        }
    }

    /**
     * Every status and result message up to and including the result (ticks are skipped); fails
     * when the result does not come within {@code timeout}.
     */
    public List<JsonNode> untilResult(Duration timeout) {
        List<JsonNode> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no result within " + timeout + "; got " + received);
            }
            JsonNode message = next(Duration.ofNanos(left));
            String type = message.path("type").asText();
            if (!"tick".equals(type)) {
                received.add(message);
            }
            if ("result".equals(type) || "error".equals(type)) {
                return received;
            }
        }
    }

    /** The status strings of {@code messages}, in order. */
    public static List<String> statuses(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("status").asText()).toList();
    }

    /** The close code, once the server closed the socket. */
    public int awaitClose(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** True once closed. */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** Messages received but not yet taken. */
    public List<JsonNode> drain() {
        List<JsonNode> rest = new ArrayList<>();
        messages.drainTo(rest);
        return rest;
    }

    /** Closes from the client side. */
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
