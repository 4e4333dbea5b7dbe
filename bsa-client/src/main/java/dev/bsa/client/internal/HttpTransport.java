package dev.bsa.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * JSON over the JDK {@link HttpClient} against one BSA server: every request carries the fixed
 * headers (client key, device token or admin token) and a time-out; every answer is read as the
 * {@code {rtCode, rtMsg, data}} envelope and gives its {@code data}, or fails with an {@link ApiFailure}.
 * Thread-safe.
 */
public final class HttpTransport {

    private final HttpClient client;
    private final RetryingSender sender;
    private final URI base;
    private final Map<String, String> headers;
    private final Duration timeout;

    /**
     * A transport.
     *
     * @param client  the HTTP client (shared, thread-safe)
     * @param baseUrl the server's base URL, e.g. {@code http://localhost:8080}
     * @param headers headers sent with every request
     * @param timeout the time-out of every request
     */
    public HttpTransport(HttpClient client, String baseUrl, Map<String, String> headers, Duration timeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.sender = new RetryingSender(client);
        String url = Objects.requireNonNull(baseUrl, "baseUrl");
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.headers = Map.copyOf(headers);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * A client for HTTP/1.1 (no upgrade attempts).
     *
     * @param timeout the connect time-out
     * @return the client
     */
    public static HttpClient newClient(Duration timeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * The shared JSON mapper of the SDK.
     *
     * @return the mapper (do not reconfigure it)
     */
    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    /**
     * GETs a path.
     *
     * @param path e.g. {@code /api/v1/channels/...}
     * @return the envelope's {@code data}, or an {@link ApiFailure}
     */
    public CompletableFuture<JsonNode> getAsync(String path) {
        return send(request(path).GET());
    }

    /**
     * POSTs a JSON body.
     *
     * @param path the path
     * @param body what to write as JSON; null for no body
     * @return the envelope's {@code data}, or an {@link ApiFailure}
     */
    public CompletableFuture<JsonNode> postAsync(String path, Object body) {
        return sendAsync("POST", path, body);
    }

    /**
     * Sends a JSON body with any method. No body at all is sent when it is null: a body the server
     * does not read can make it drop the connection, which the next request on it would then fail on.
     *
     * @param method the HTTP method
     * @param path   the path
     * @param body   what to write as JSON; null for no body
     * @return the envelope's {@code data}, or an {@link ApiFailure}
     */
    public CompletableFuture<JsonNode> sendAsync(String method, String path, Object body) {
        if (body == null) {
            return send(request(path).method(method, BodyPublishers.noBody()));
        }
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(body);
            return send(request(path)
                    .header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofByteArray(json)));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the request body as JSON", unwritable);
        }
    }

    /**
     * Sends a JSON document as it is (not re-encoded).
     *
     * @param method the HTTP method
     * @param path   the path
     * @param json   the document
     * @return the envelope's {@code data}, or an {@link ApiFailure}
     */
    public CompletableFuture<JsonNode> sendDocumentAsync(String method, String path, String json) {
        return send(
                request(path).header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json)));
    }

    /**
     * GETs a document that is not enveloped (JWKS, state exports).
     *
     * @param path the path
     * @return the body as it is, or an {@link ApiFailure}
     */
    public CompletableFuture<String> getTextAsync(String path) {
        HttpRequest request = request(path).GET().build();
        return sender.send(request).handle((response, failure) -> {
            if (failure != null) {
                throw ResponseEnvelope.asFailure(failure, request);
            }
            if (response.statusCode() / 100 != 2) {
                ResponseEnvelope.open(response.statusCode(), response.body());
            }
            return response.body();
        });
    }

    /**
     * The WebSocket URI of a path on this server.
     *
     * @param path the path
     * @return a {@code ws:} or {@code wss:} URI
     */
    public URI webSocketUri(String path) {
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + base.toString().substring(base.getScheme().length()) + path);
    }

    /**
     * The HTTP client.
     *
     * @return the client
     */
    public HttpClient client() {
        return client;
    }

    /**
     * The time-out of every request.
     *
     * @return the time-out
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Waits for a call.
     *
     * @param call the call
     * @param <T>  what it gives
     * @return its result
     * @throws ApiFailure what it failed with (never wrapped)
     */
    public static <T> T await(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException failure) {
            throw ResponseEnvelope.asFailure(failure);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private CompletableFuture<JsonNode> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        return sender.send(request).handle((response, failure) -> {
            if (failure != null) {
                throw ResponseEnvelope.asFailure(failure, request);
            }
            return ResponseEnvelope.open(response.statusCode(), response.body());
        });
    }
}
