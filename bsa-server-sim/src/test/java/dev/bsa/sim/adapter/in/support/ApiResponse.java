package dev.bsa.sim.adapter.in.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer of the simulator, with its JSON envelope parsed when there is one. */
public final class ApiResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String body;
    private final HttpHeaders headers;
    private final JsonNode json;

    ApiResponse(int status, String body, HttpHeaders headers) {
        this.status = status;
        this.body = body;
        this.headers = headers;
        this.json = parse(body);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The whole body as JSON (a missing node when it is not JSON). */
    public JsonNode json() {
        return json;
    }

    public int rtCode() {
        return json.path("rtCode").asInt(-1);
    }

    public String rtMsg() {
        return json.path("rtMsg").asText(null);
    }

    public JsonNode data() {
        return json.path("data");
    }

    /** A text field of {@code data}. */
    public String text(String field) {
        return data().path(field).asText(null);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (Exception notJson) {
            return JSON.missingNode();
        }
    }
}
