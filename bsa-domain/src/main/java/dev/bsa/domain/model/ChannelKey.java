package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;

/**
 * The unguessable key of a session's live channel, returned only to the website that started it.
 *
 * @param value the identifier as written on the wire
 */
public record ChannelKey(String value) {

    public ChannelKey {
        KeyFormat.require(value, KeyFormat.RANDOM_128, "channelKey");
    }

    /** Parses untrusted input: a missing or malformed value is rejected with {@code INVALID_PARAMETER}. */
    public static Result<ChannelKey> parse(String raw) {
        return KeyFormat.check(raw, KeyFormat.RANDOM_128, ErrorCode.INVALID_PARAMETER, "channelKey")
                .map(ChannelKey::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
