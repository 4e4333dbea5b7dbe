package dev.bsa.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * JSON over the JDK {@link HttpClient} against one BSA server: every request carries the fixed
 * headers (client key, device token or admin token) and a time-out; every answer is read as the
 * {@code {rtCode, rtMsg, data}} envelope and gives its {@code data}, or fails with an {@link ApiFailure}.
 * Thread-safe.
 */
public final class HttpTransport {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");

    private final HttpClient client;
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
        this.base = URI.create(stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl")));
        this.headers = Map.copyOf(headers);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A client for HTTP/1.1 (no upgrade attempts) that connects within {@code timeout}. */
    public static HttpClient newClient(Duration timeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** The shared JSON mapper of the SDK. */
    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    /** GETs {@code path} and gives the envelope's {@code data}. */
    public CompletableFuture<JsonNode> getAsync(String path) {
        return send(request(path).GET());
    }

    /** POSTs {@code body} as JSON (no body when null) and gives the envelope's {@code data}. */
    public CompletableFuture<JsonNode> postAsync(String path, Object body) {
        return sendAsync("POST", path, body);
    }

    /**
     * Sends {@code body} as JSON with {@code method} (PUT, PATCH, DELETE, ...) and gives the {@code data}.
     * No body at all is sent when it is null: a body the server does not read can make it drop the
     * connection, which the next request on it would then fail on.
     */
    public CompletableFuture<JsonNode> sendAsync(String method, String path, Object body) {
        if (body == null) {
            return send(request(path).method(method, BodyPublishers.noBody()));
        }
        return send(withJson(request(path), method, body));
    }

    /** Sends a JSON document as it is (not re-encoded) with {@code method} and gives the {@code data}. */
    public JsonNode sendDocument(String method, String path, String json) {
        return await(send(request(path).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json))));
    }

    /** {@link #getAsync} waited for. */
    public JsonNode get(String path) {
        return await(getAsync(path));
    }

    /** {@link #postAsync} waited for. */
    public JsonNode post(String path, Object body) {
        return await(postAsync(path, body));
    }

    /** {@link #sendAsync} waited for. */
    public JsonNode send(String method, String path, Object body) {
        return await(sendAsync(method, path, body));
    }

    /** The WebSocket URI of {@code path} on this server ({@code ws:} or {@code wss:}). */
    public URI webSocketUri(String path) {
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + base.toString().substring(base.getScheme().length()) + path);
    }

    /** The HTTP client. */
    public HttpClient client() {
        return client;
    }

    /** The time-out of every request. */
    public Duration timeout() {
        return timeout;
    }

    /** Waits for a call and rethrows its {@link ApiFailure} (never a wrapped one). */
    public static <T> T await(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException failure) {
            throw Envelope.asFailure(failure);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder builder, String method, Object body) {
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(body);
            return builder.header("Content-Type", "application/json").method(method, BodyPublishers.ofByteArray(json));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the request body as JSON", unwritable);
        }
    }

    private CompletableFuture<JsonNode> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        return exchange(request).handle((response, failure) -> {
            if (failure != null) {
                throw Envelope.asFailure(failure, request);
            }
            return Envelope.open(response.statusCode(), response.body());
        });
    }

    /**
     * Sends once, and once more for an idempotent request whose pooled connection turned out to be
     * closed by the server (an I/O failure before any answer, not a time-out).
     */
    private CompletableFuture<HttpResponse<String>> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(request, BodyHandlers.ofString());
        if (!IDEMPOTENT.contains(request.method())) {
            return first;
        }
        return first.handle((response, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(response);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof IOException && !(cause instanceof HttpTimeoutException)) {
                return client.sendAsync(request, BodyHandlers.ofString());
            }
            return CompletableFuture.<HttpResponse<String>>failedFuture(cause);
        }).thenCompose(next -> next);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The raw answer of a GET, for documents that are not enveloped (JWKS, exports). */
    public String getText(String path) {
        HttpRequest request = request(path).GET().build();
        return await(exchange(request).handle((response, failure) -> {
            if (failure != null) {
                throw Envelope.asFailure(failure, request);
            }
            return textOf(response);
        }));
    }

    private static String textOf(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            Envelope.open(response.statusCode(), response.body());
        }
        return response.body();
    }
}
