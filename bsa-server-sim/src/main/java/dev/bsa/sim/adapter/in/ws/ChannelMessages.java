package dev.bsa.sim.adapter.in.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.IssuedTokens;
import java.util.Locale;

/**
 * The messages of the live status channel, as JSON text: {@code status} for each status a session
 * passes through, {@code tick} every second while it is live, one {@code result} when it ends, and
 * {@code error} when the channel does not exist. Error texts are in the connection's language.
 */
final class ChannelMessages {

    private final ObjectMapper json;
    private final Locale language;

    ChannelMessages(ObjectMapper json, Locale language) {
        this.json = json;
        this.language = language;
    }

    /** The locale a {@code lang} query parameter or else an {@code Accept-Language} value prefers; English when unclear. */
    static Locale languageOf(String lang, String acceptLanguage) {
        return ErrorCode.languageFor(lang != null && !lang.isBlank() ? lang : acceptLanguage);
    }

    /** A status the session passed through. */
    String status(AuthStatus status, int sequence, long remainingSeconds) {
        return write(new StatusMessage(status.wireName(), sequence, remainingSeconds));
    }

    /** The countdown while the session is live. */
    String tick(AuthStatus current, long remainingSeconds) {
        return write(new TickMessage(current.wireName(), remainingSeconds));
    }

    /** The session's terminal status at {@code sequence}, with its tokens or its error code. */
    String result(AuthSession ended, int sequence) {
        AuthStatus status = ended.history().get(sequence);
        if (status == AuthStatus.AUTH_COMPLETED) {
            IssuedTokens tokens = ended.tokens().orElse(null);
            return write(new ResultMessage(
                    status.wireName(),
                    sequence,
                    0L,
                    null,
                    null,
                    tokens == null ? null : tokens.accessToken(),
                    tokens == null ? null : tokens.refreshToken()));
        }
        ErrorCode code = ended.error().orElse(ErrorCode.SERVER_ERROR);
        return write(new ResultMessage(
                status.wireName(), sequence, 0L, code.code(), code.description(language), null, null));
    }

    /** The channel does not exist (2004). */
    String unknownChannel() {
        ErrorCode code = ErrorCode.CHANNEL_NOT_FOUND;
        return write(new ErrorMessage(code.code(), code.description(language)));
    }

    private String write(ChannelMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a channel message could not be written", impossible);
        }
    }

    /** One message of the channel; each kind names itself in {@code type}. */
    sealed interface ChannelMessage permits StatusMessage, TickMessage, ResultMessage, ErrorMessage {

        /** The kind: {@code status}, {@code tick}, {@code result} or {@code error}. */
        String type();
    }

    /** A status the session passed through, at its position in the history. */
    @JsonPropertyOrder({"type", "status", "sequence", "remainingSeconds"})
    record StatusMessage(String status, int sequence, long remainingSeconds) implements ChannelMessage {
        @Override
        @JsonProperty
        public String type() {
            return "status";
        }
    }

    /** The countdown, every second while the session is live. */
    @JsonPropertyOrder({"type", "status", "remainingSeconds"})
    record TickMessage(String status, long remainingSeconds) implements ChannelMessage {
        @Override
        @JsonProperty
        public String type() {
            return "tick";
        }
    }

    /** The end: the terminal status with the tokens, or with the error code and its text (absent fields left out). */
    @JsonPropertyOrder({"type", "status", "sequence", "remainingSeconds", "errorCode", "errorMessage"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultMessage(
            String status,
            int sequence,
            long remainingSeconds,
            Integer errorCode,
            String errorMessage,
            String accessToken,
            String refreshToken)
            implements ChannelMessage {
        @Override
        @JsonProperty
        public String type() {
            return "result";
        }
    }

    /** The channel does not exist. */
    @JsonPropertyOrder({"type", "errorCode", "errorMessage"})
    record ErrorMessage(int errorCode, String errorMessage) implements ChannelMessage {
        @Override
        @JsonProperty
        public String type() {
            return "error";
        }
    }
}
