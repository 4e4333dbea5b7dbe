package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.regex.Pattern;

/**
 * A BSA user account as the website knows it: 1 to 64 letters, digits or {@code . _ @ + -}.
 *
 * @param value the identifier as written on the wire
 */
public record UserKey(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._@+-]{1,64}");

    public UserKey {
        KeyFormat.require(value, PATTERN, "userKey");
    }

    /** Parses untrusted input: a missing or malformed value is rejected with {@code INVALID_PARAMETER}. */
    public static Result<UserKey> parse(String raw) {
        return KeyFormat.check(raw, PATTERN, ErrorCode.INVALID_PARAMETER, "userKey")
                .map(UserKey::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
