package dev.bsa.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;

/** Reads the {@code {rtCode, rtMsg, data}} envelope of the BSA wire contract. */
final class ResponseEnvelope {

    private ResponseEnvelope() {}

    /** The {@code data} of a success envelope; an {@link ApiFailure} for a failure or an unreadable answer. */
    static JsonNode open(int httpStatus, String body) {
        JsonNode root = parse(httpStatus, body);
        JsonNode rtCode = root.get("rtCode");
        if (rtCode == null || !rtCode.canConvertToInt()) {
            if (httpStatus / 100 == 2) {
                return root;
            }
            throw new ApiFailure(
                    ApiFailure.UNREACHABLE_CODE, "Server error: HTTP " + httpStatus, httpStatus, body, null);
        }
        JsonNode data = root.path("data");
        if (rtCode.asInt() == 0) {
            return data.isMissingNode() ? NullNode.getInstance() : data;
        }
        String detail = data.hasNonNull("detail") ? data.get("detail").asText() : null;
        throw new ApiFailure(rtCode.asInt(), root.path("rtMsg").asText(""), httpStatus, detail, null);
    }

    private static JsonNode parse(int httpStatus, String body) {
        if (body == null || body.isBlank()) {
            if (httpStatus / 100 == 2) {
                return NullNode.getInstance();
            }
            throw new ApiFailure(
                    ApiFailure.UNREACHABLE_CODE, "Server error: HTTP " + httpStatus, httpStatus, null, null);
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException unreadable) {
            throw new ApiFailure(
                    ApiFailure.UNREACHABLE_CODE,
                    "Server error: HTTP " + httpStatus + " with a body that is not JSON",
                    httpStatus,
                    null,
                    unreadable);
        }
    }

    /** The failure behind {@code thrown}: an {@link ApiFailure} as it is, anything else as unreachable. */
    static ApiFailure asFailure(Throwable thrown) {
        Throwable cause =
                thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof ApiFailure) {
            return (ApiFailure) cause;
        }
        return ApiFailure.unreachable(String.valueOf(cause.getMessage()), cause);
    }

    /** As {@link #asFailure(Throwable)}, naming the request that failed. */
    static ApiFailure asFailure(Throwable thrown, HttpRequest request) {
        Throwable cause =
                thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof ApiFailure) {
            return (ApiFailure) cause;
        }
        String what = cause instanceof HttpTimeoutException ? "timed out" : "failed (" + cause + ")";
        return ApiFailure.unreachable(request.method() + " " + request.uri().getPath() + " " + what, cause);
    }
}
