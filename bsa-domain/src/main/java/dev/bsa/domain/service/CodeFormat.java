package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.regex.Pattern;

/**
 * The shape a typed one-time code must have before it is looked at: 1 to 10 ASCII digits (2002
 * otherwise). A code of digits but the wrong length is a wrong code (3005), not malformed input.
 */
final class CodeFormat {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

    private CodeFormat() {}

    static Result<String> parse(String raw, String parameter) {
        if (raw == null || raw.isEmpty()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, parameter + " is missing");
        }
        if (!DIGITS.matcher(raw).matches()) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, parameter + " must be 1 to 10 ASCII digits");
        }
        return Result.success(raw);
    }
}
