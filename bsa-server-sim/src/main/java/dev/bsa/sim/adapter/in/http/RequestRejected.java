package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Rejection;
import dev.bsa.domain.error.Result;
import java.util.OptionalInt;

/**
 * A rejection on its way from a handler to the one error mapper ({@link ErrorResponses}); handlers
 * throw it instead of writing error bodies themselves, so every failure gets the same envelope.
 */
final class RequestRejected extends RuntimeException {

    private final transient Rejection rejection;
    private final OptionalInt httpStatus;

    private RequestRejected(Rejection rejection, OptionalInt httpStatus) {
        super(rejection.code().code() + ": " + rejection.detail(), null, false, false);
        this.rejection = rejection;
        this.httpStatus = httpStatus;
    }

    /** A rejection answered with the HTTP status its code maps to. */
    static RequestRejected of(Rejection rejection) {
        return new RequestRejected(rejection, OptionalInt.empty());
    }

    /** A rejection with {@code code} and {@code detail}, answered with the status its code maps to. */
    static RequestRejected of(ErrorCode code, String detail) {
        return of(new Rejection(code, detail));
    }

    /** A bad-input rejection (2002) naming what is wrong. */
    static RequestRejected badInput(String detail) {
        return of(ErrorCode.INVALID_PARAMETER, detail);
    }

    /** A rejection answered with an explicit HTTP status (401 for bad credentials, 404 for routes, ...). */
    static RequestRejected withStatus(int status, ErrorCode code, String detail) {
        return new RequestRejected(new Rejection(code, detail), OptionalInt.of(status));
    }

    /** The value of a success; a rejection is thrown to the error mapper. */
    static <T> T unwrap(Result<T> result) {
        if (result.isSuccess()) {
            return result.value();
        }
        throw of(result.rejection());
    }

    Rejection rejection() {
        return rejection;
    }

    OptionalInt httpStatus() {
        return httpStatus;
    }
}
