package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.regex.Pattern;

/**
 * The key a website was issued; sent by every website-side request.
 *
 * @param value the identifier as written on the wire
 */
public record ClientKey(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ClientKey {
        KeyFormat.require(value, PATTERN, "clientKey");
    }

    /** Parses untrusted input: a missing or malformed value is rejected with {@code INVALID_CLIENT_KEY}. */
    public static Result<ClientKey> parse(String raw) {
        return KeyFormat.check(raw, PATTERN, ErrorCode.INVALID_CLIENT_KEY, "clientKey")
                .map(ClientKey::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
