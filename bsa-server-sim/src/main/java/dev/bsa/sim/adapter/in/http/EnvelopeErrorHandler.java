package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.error.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to what the web server itself refuses before any route runs (a malformed or ambiguous path, a URI
 * or headers too large, conflicting framing, an unknown HTTP version): the same envelope as every other error,
 * 2002 with the HTTP status Jetty chose and a detail a user can act on, instead of Jetty's HTML page or an empty
 * body. A 5xx is 2001 with a correlation id, logged.
 */
final class EnvelopeErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EnvelopeErrorHandler.class);
    /** Jetty's own reason is passed on only when it is plain words (never a class or a stack). */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z][A-Za-z ,'()-]{0,80}");

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

    private final ObjectMapper json;

    EnvelopeErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        Locale language = ErrorCode.languageFor(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(envelope(status, message, language)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        return ByteBuffer.wrap(envelope(status, reason, Locale.ENGLISH));
    }

    private byte[] envelope(int status, String reason, Locale language) {
        ErrorCode code = status >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.INVALID_PARAMETER;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("detail", detail(status, reason));
        data.put("solution", code.solution(language));
        if (code == ErrorCode.SERVER_ERROR) {
            String correlationId = UUID.randomUUID().toString();
            LOG.warn("the web server answered HTTP {} (correlation id {}): {}", status, correlationId, reason);
            data.put("correlationId", correlationId);
        }
        try {
            return json.writeValueAsBytes(new Envelope(code.code(), code.description(language), data));
        } catch (JsonProcessingException impossible) {
            return ("{\"rtCode\":" + code.code() + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What the refusal means for the sender, by status. */
    static String detail(int status, String reason) {
        String known = switch (status) {
            case 400 ->
                "the request is malformed: check the encoding of its path and query (no %00, no encoded "
                        + "'/' or '\\\\', only valid UTF-8) and that its headers and body framing agree";
            case 404 -> "there is nothing at this path";
            case 405 -> "this method is not allowed here";
            case 408 -> "the request took too long to arrive";
            case 413 -> "the request body is too large";
            case 414 -> "the request URI is too long";
            case 415 -> "the request body has an unsupported media type";
            case 431 -> "the request headers are too large";
            case 501 -> "the request uses a feature the server does not implement";
            case 505 -> "this HTTP version is not supported: use HTTP/1.1";
            default -> status >= 500 ? "the server could not answer the request" : "the request was refused";
        };
        String detail = known + " (HTTP " + status + ")";
        if (reason != null && PLAIN_REASON.matcher(reason).matches()) {
            detail += ": " + reason;
        }
        return detail;
    }
}
