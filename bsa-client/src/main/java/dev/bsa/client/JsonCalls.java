package dev.bsa.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.client.internal.ApiFailure;
import dev.bsa.client.internal.HttpTransport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Blocking JSON calls for {@link BsaDevice} and {@link BsaAdmin}: the envelope's {@code data} read
 * into the SDK's records, every failure thrown as a {@link BsaException}.
 */
final class JsonCalls {

    private final HttpTransport http;

    JsonCalls(HttpTransport http) {
        this.http = http;
    }

    <T> T get(String path, Class<T> type) {
        return read(() -> HttpTransport.await(http.getAsync(path)), type);
    }

    <T> List<T> getList(String path, Class<T> type) {
        JsonNode data = call(() -> HttpTransport.await(http.getAsync(path)));
        List<T> items = new ArrayList<>();
        data.forEach(item -> items.add(convert(item, type)));
        return List.copyOf(items);
    }

    <T> T post(String path, Object body, Class<T> type) {
        return read(() -> HttpTransport.await(http.postAsync(path, body)), type);
    }

    <T> T send(String method, String path, Object body, Class<T> type) {
        return read(() -> HttpTransport.await(http.sendAsync(method, path, body)), type);
    }

    /** Sends a JSON document as it is. */
    void sendDocument(String method, String path, String json) {
        call(() -> HttpTransport.await(http.sendDocumentAsync(method, path, json)));
    }

    /** A {@code DELETE} that answers {@code {deleted}}. */
    boolean delete(String path) {
        return call(() -> HttpTransport.await(http.sendAsync("DELETE", path, null)))
                .path("deleted")
                .asBoolean();
    }

    /** A raw (not enveloped) document. */
    String getText(String path) {
        return call(() -> HttpTransport.await(http.getTextAsync(path)));
    }

    /** A path segment, percent-encoded. */
    static String segment(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException("a key must not be empty");
        }
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T read(Supplier<JsonNode> request, Class<T> type) {
        return convert(call(request), type);
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ApiFailure failure) {
            throw Failures.exception(failure);
        }
    }

    private static <T> T convert(JsonNode data, Class<T> type) {
        ObjectMapper json = HttpTransport.json();
        try {
            return json.treeToValue(data, type);
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            throw new BsaException(
                    ApiFailure.UNREACHABLE_CODE,
                    "Server error: unreadable " + type.getSimpleName(),
                    String.valueOf(unreadable.getMessage()),
                    unreadable);
        }
    }
}
