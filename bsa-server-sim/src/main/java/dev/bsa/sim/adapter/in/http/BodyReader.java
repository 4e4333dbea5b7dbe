package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.error.ErrorCode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies within a size limit (413 with 2002 beyond it) and parses them as JSON (2002
 * when malformed). Bodies are read whatever the {@code Content-Type}, so that simple cross-origin
 * requests work; only the content must be JSON.
 */
final class BodyReader {

    private final ObjectMapper mapper;
    private final long defaultLimit;

    BodyReader(ObjectMapper mapper, long defaultLimit) {
        this.mapper = mapper;
        this.defaultLimit = defaultLimit;
    }

    /** The body as a JSON object; an empty body is an empty object. */
    JsonBody json(Context ctx) {
        String text = text(ctx, defaultLimit);
        if (text.isBlank()) {
            return JsonBody.empty();
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JacksonException malformed) {
            throw RequestRejected.badInput("the body is not valid JSON: " + malformed.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw RequestRejected.badInput("the body must be a JSON object");
        }
        return new JsonBody(node, "");
    }

    /** The body as UTF-8 text of at most {@code limit} bytes. */
    String text(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
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

    private static byte[] readAtMost(Context ctx, long limit) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        try (InputStream input = ctx.req().getInputStream()) {
            int read;
            while ((read = input.read(chunk)) != -1) {
                total += read;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                buffer.write(chunk, 0, read);
            }
        } catch (IOException unreadable) {
            throw RequestRejected.badInput("the body could not be read: " + unreadable.getMessage());
        }
        return buffer.toByteArray();
    }

    private static RequestRejected tooLarge(long limit) {
        return RequestRejected.withStatus(
                413, ErrorCode.INVALID_PARAMETER, "the request body is larger than " + limit + " bytes");
    }
}
