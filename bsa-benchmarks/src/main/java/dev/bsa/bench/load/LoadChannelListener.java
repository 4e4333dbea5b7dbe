package dev.bsa.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Listens to one login's status channel ({@code /ws/v1/channels/{channelKey}}): notes when a given status
 * arrives (replayed or live) and when the {@code result} arrives, with tokens (success) or an error code.
 */
final class LoadChannelListener implements WebSocket.Listener {

    private final String awaitedStatus;
    private final CompletableFuture<Long> statusSeen = new CompletableFuture<>();
    private final CompletableFuture<Outcome> result = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    /** @param awaitedStatus a status whose arrival {@link #statusSeen()} reports, e.g. {@code SelectNodes} */
    LoadChannelListener(String awaitedStatus) {
        this.awaitedStatus = awaitedStatus;
    }

    /** Completes with {@link System#nanoTime()} when the awaited status arrived. */
    CompletableFuture<Long> statusSeen() {
        return statusSeen;
    }

    /** Completes when the channel gave its result (or failed). */
    CompletableFuture<Outcome> result() {
        return result;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long now = System.nanoTime();
            JsonNode message = WireClient.read(partial.toString());
            partial.setLength(0);
            onMessage(message, now);
        }
        socket.request(1);
        return null;
    }

    private void onMessage(JsonNode message, long now) {
        String type = message.path("type").asText();
        if ("status".equals(type) && awaitedStatus.equals(message.path("status").asText())) {
            statusSeen.complete(now);
        } else if ("result".equals(type)) {
            boolean completed = "AuthCompleted".equals(message.path("status").asText())
                    && !message.path("accessToken").asText().isEmpty();
            result.complete(new Outcome(
                    completed ? null : String.valueOf(message.path("errorCode").asInt(2001)), now));
        } else if ("error".equals(type)) {
            result.complete(new Outcome(String.valueOf(message.path("errorCode").asInt(2001)), now));
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        result.complete(new Outcome("socket closed " + statusCode, System.nanoTime()));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        result.complete(new Outcome("socket " + error.getClass().getSimpleName(), System.nanoTime()));
    }

    /**
     * How the channel ended.
     *
     * @param error         null when the result carried tokens; else the error code or what went wrong
     * @param receivedNanos {@link System#nanoTime()} when it arrived
     */
    record Outcome(String error, long receivedNanos) {}
}
