package dev.bsa.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The one HTTP client of the baseline report's load, the same for the simulator and for the bare Javalin app:
 * the JDK's {@link HttpClient} (HTTP/1.1, kept-alive connections) posting JSON and reading JSON answers, and its
 * WebSocket. Thread-safe.
 */
public final class WireClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    /** A client of the server at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
    public WireClient(String baseUrl, Duration timeout) {
        this.base = URI.create(baseUrl.replaceAll("/+$", "") + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** Posts {@code body} as JSON to {@code path} with {@code headers}; the answer's status and JSON body. */
    Reply post(String path, Map<String, String> headers, Object body) throws InterruptedException {
        return await(postAsync(path, headers, body));
    }

    /** The same, without waiting. */
    CompletableFuture<HttpResponse<String>> postAsync(String path, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for an answer of {@link #postAsync} and reads it. */
    Reply await(CompletableFuture<HttpResponse<String>> pending) throws InterruptedException {
        try {
            HttpResponse<String> response = pending.get();
            return new Reply(response.statusCode(), read(response.body()));
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new UncheckedIOException(new IOException("request failed: " + failed.getCause(), failed.getCause()));
        }
    }

    /** Opens a WebSocket on {@code path} of the same server. */
    CompletableFuture<WebSocket> webSocket(String path, WebSocket.Listener listener) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(path.replaceFirst("^/", ""));
        return http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, listener);
    }

    /** How long one request may take. */
    Duration timeout() {
        return timeout;
    }

    static JsonNode read(String text) {
        try {
            return text == null || text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /**
     * An HTTP answer.
     *
     * @param status the HTTP status
     * @param body   its JSON body (a text node when it was not JSON)
     */
    record Reply(int status, JsonNode body) {

        /** The envelope's {@code rtCode}, or -1 when there is none. */
        int rtCode() {
            return body.path("rtCode").asInt(-1);
        }

        /** null when the envelope says success (rtCode 0), else the code (or the HTTP status) as the error label. */
        String error() {
            int code = rtCode();
            return code == 0 ? null : code > 0 ? String.valueOf(code) : "HTTP " + status;
        }
    }
}
