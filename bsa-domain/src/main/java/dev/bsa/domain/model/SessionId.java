package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;

/**
 * The identity of an authentication session, as the user's phone refers to it.
 *
 * @param value the identifier as written on the wire
 */
public record SessionId(String value) {

    public SessionId {
        KeyFormat.require(value, KeyFormat.RANDOM_128, "sessionId");
    }

    /** Parses untrusted input: a missing or malformed value is rejected with {@code INVALID_PARAMETER}. */
    public static Result<SessionId> parse(String raw) {
        return KeyFormat.check(raw, KeyFormat.RANDOM_128, ErrorCode.INVALID_PARAMETER, "sessionId")
                .map(SessionId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
