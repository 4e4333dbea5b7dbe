package dev.bsa.client.internal;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The WebSocket listener of one channel: whole text messages go to {@code onMessage}; a close or an
 * error goes to {@code onLost} (the channel decides whether that matters).
 */
final class SocketFeed implements WebSocket.Listener {

    private final Consumer<String> onMessage;
    private final Consumer<Throwable> onLost;
    private final StringBuilder partial = new StringBuilder();

    SocketFeed(Consumer<String> onMessage, Consumer<Throwable> onLost) {
        this.onMessage = onMessage;
        this.onLost = onLost;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            onMessage.accept(message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        onLost.accept(new java.io.IOException("the socket closed with " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        onLost.accept(error);
    }
}
