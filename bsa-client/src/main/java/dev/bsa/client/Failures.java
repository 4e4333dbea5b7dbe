package dev.bsa.client;

import dev.bsa.client.internal.ApiFailure;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what a transport call failed with into the SDK's error shapes. */
final class Failures {

    private Failures() {}

    /** The {@link ApiFailure} behind {@code thrown}; anything else counts as an unreachable server (2001). */
    static ApiFailure of(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiFailure) {
            return (ApiFailure) cause;
        }
        return ApiFailure.unreachable(String.valueOf(cause), cause);
    }

    /** The public exception for a failure. */
    static BsaException exception(ApiFailure failure) {
        return new BsaException(failure.code(), failure.getMessage(), failure.detail(), failure);
    }

    /** The public exception for an error code and message. */
    static BsaException exception(int code, String message) {
        return new BsaException(code, message, null, null);
    }
}
