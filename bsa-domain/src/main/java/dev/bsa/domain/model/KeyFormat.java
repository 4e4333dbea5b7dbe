package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.regex.Pattern;

/** The syntax of the identifiers that cross the wire, checked before anything is looked up. */
final class KeyFormat {

    /** 128 random bits written as 32 lower-case hexadecimal digits. */
    static final Pattern RANDOM_128 = Pattern.compile("[0-9a-f]{32}");

    private KeyFormat() {}

    /** The raw text when it matches, else a rejection with {@code code} naming the parameter. */
    static Result<String> check(String raw, Pattern pattern, ErrorCode code, String parameter) {
        if (raw == null || raw.isEmpty()) {
            return Result.reject(code, parameter + " is missing");
        }
        if (raw.length() > 256 || !pattern.matcher(raw).matches()) {
            return Result.reject(code, parameter + " is malformed");
        }
        return Result.success(raw);
    }

    /** Throws for a value built in code that does not match: a programming error. */
    static String require(String value, Pattern pattern, String parameter) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(parameter + " is malformed: " + value);
        }
        return value;
    }
}
