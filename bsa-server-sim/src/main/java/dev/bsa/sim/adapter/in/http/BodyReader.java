package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.bsa.domain.error.ErrorCode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads request bodies within a size limit (413 with 2002 beyond it) and binds them to the records of
 * {@link RequestBodies} with the wire's strict mapper. Whatever is wrong comes back as 2002 with a detail that
 * names the field and says what it must be, never a class or library name. Bodies are read whatever the
 * {@code Content-Type}, so that simple cross-origin requests work; only the content must be JSON.
 */
final class BodyReader {

    /** How much of a refused, too large body is read and dropped before the 413 is sent. */
    private static final long MOST_DRAINED_BYTES = 4L * 1024 * 1024;

    private static final String EMPTY_OBJECT = "{}";

    private final ObjectMapper mapper;
    private final long defaultLimit;

    BodyReader(ObjectMapper mapper, long defaultLimit) {
        this.mapper = mapper;
        this.defaultLimit = defaultLimit;
    }

    /** The body as {@code type}; an empty body counts as {@code {}} (every field left out). */
    <T> T optional(Context ctx, Class<T> type) {
        String text = text(ctx, defaultLimit);
        return bind(text.isBlank() ? EMPTY_OBJECT : text, type);
    }

    /** The body as {@code type}; an empty body is refused (2002): the request needs a JSON object. */
    <T> T required(Context ctx, Class<T> type) {
        String text = text(ctx, defaultLimit);
        if (text.isBlank()) {
            throw RequestRejected.badInput(
                    "this request needs a JSON object as its body ({} to leave every field out)");
        }
        return bind(text, type);
    }

    /** The body as UTF-8 text of at most {@code limit} bytes. */
    String text(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(ctx, limit);
        }
        byte[] bytes = readAtMost(ctx, limit);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw RequestRejected.badInput("the body is not UTF-8 text");
        }
    }

    private <T> T bind(String text, Class<T> type) {
        if (!text.stripLeading().startsWith("{")) {
            throw RequestRejected.badInput("the body must be a JSON object, such as {}");
        }
        try {
            JsonNode tree = mapper.readTree(text);
            explicitNull(tree, "").ifPresent(field -> {
                throw RequestRejected.badInput("'" + field + "' must not be null: leave the field out instead");
            });
            return mapper.treeToValue(tree, type);
        } catch (JacksonException wrong) {
            throw RequestRejected.badInput(describe(wrong));
        }
    }

    /** The path of the first explicit {@code null} in the document: one rule for every body, a null is never "left out". */
    private static Optional<String> explicitNull(JsonNode node, String path) {
        if (node.isNull()) {
            return Optional.of(path);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Optional<String> found =
                        explicitNull(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = explicitNull(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the body, in terms of its fields. */
    static String describe(JacksonException wrong) {
        if (wrong instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + path(unknown) + "'" + known(unknown.getKnownPropertyIds());
        }
        if (wrong instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.isEmpty()) {
                return wrong.getOriginalMessage().startsWith("Trailing token")
                        ? "the body must be one JSON object with nothing after it"
                        : "the body must be a JSON object, such as {}";
            }
            return "'" + field + "' must be " + expected(mismatch.getTargetType());
        }
        if (wrong instanceof InputCoercionException tooBig) {
            String field = tooBig.getProcessor() == null ? null : currentName(tooBig.getProcessor());
            return (field == null ? "a number" : "'" + field + "'") + " is out of range: it must be "
                    + expected(tooBig.getTargetType());
        }
        JsonLocation at = wrong.getLocation();
        return "the body is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    private static String currentName(JsonParser parser) {
        try {
            return parser.currentName();
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String path(JsonMappingException wrong) {
        StringBuilder path = new StringBuilder();
        for (var reference : wrong.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> names) {
        if (names == null || names.isEmpty()) {
            return ": this request takes no fields";
        }
        return " (known: " + names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** What a value of {@code type} looks like in JSON, in words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant in UTC, such as \"2026-01-05T09:00:00Z\"";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static byte[] readAtMost(Context ctx, long limit) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        try (InputStream input = ctx.req().getInputStream()) {
            int read;
            while ((read = input.read(chunk)) != -1) {
                total += read;
                if (total > limit) {
                    throw tooLarge(ctx, limit);
                }
                buffer.write(chunk, 0, read);
            }
        } catch (IOException unreadable) {
            throw RequestRejected.badInput("the body could not be read completely");
        }
        return buffer.toByteArray();
    }

    /**
     * The 413 refusal, once the rest of a body of moderate size has been read and dropped: a client still sending it
     * then reads the refusal, instead of finding the connection closed under its request (past
     * {@value #MOST_DRAINED_BYTES} bytes the connection is closed instead).
     */
    private static RequestRejected tooLarge(Context ctx, long limit) {
        drain(ctx);
        return RequestRejected.withStatus(
                413, ErrorCode.INVALID_PARAMETER, "the request body is larger than " + limit + " bytes");
    }

    /**
     * Reads and drops whatever of the request's body its route left unread (the routes that take no body, such as
     * a device's approval, whatever a client sends with them), before the answer goes out. Jetty otherwise closes
     * the connection after the answer when the body had not all arrived by then, without saying so in the answer:
     * a client that keeps connections alive (the JDK's, a browser's) then sends its next request on a closed
     * connection and gets no answer at all. Past {@value #MOST_DRAINED_BYTES} bytes the connection is closed.
     */
    static void dropUnread(Context ctx) {
        if (ctx.req().getContentLengthLong() != 0) {
            drain(ctx);
        }
    }

    private static void drain(Context ctx) {
        byte[] chunk = new byte[8192];
        long dropped = 0;
        try {
            InputStream input = ctx.req().getInputStream();
            int read;
            while (dropped <= MOST_DRAINED_BYTES && (read = input.read(chunk)) != -1) {
                dropped += read;
            }
        } catch (IOException | RuntimeException cut) {
            // The client went away or the body is unreadable: the refusal is all that is left to send.
        }
    }
}
