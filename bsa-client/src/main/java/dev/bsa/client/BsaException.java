package dev.bsa.client;

import dev.bsa.domain.error.ErrorCode;
import java.util.Optional;

/**
 * A login or call that failed with a BSA error code: what the callback API hands to
 * {@code onError(errorCode, errorMsg)}, as an exception for the future-based API and for
 * {@link BsaDevice} and {@link BsaAdmin}. A server that cannot be reached, or answers something
 * that is not the BSA envelope, gives code 2001 ({@link ErrorCode#SERVER_ERROR}) with the cause attached.
 */
public final class BsaException extends RuntimeException {

    private final int code;
    private final String detail;

    /**
     * An exception for a numeric code.
     *
     * @param code    the numeric code as received, e.g. 5011
     * @param message the message the server sent (BSA-JS's {@code errorMsg})
     * @param detail  the server's detail text, or null
     * @param cause   the underlying exception, or null
     */
    public BsaException(int code, String message, String detail, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.detail = detail;
    }

    /**
     * The numeric code as received, also when the catalogue does not know it.
     *
     * @return the code, e.g. 5011
     */
    public int code() {
        return code;
    }

    /**
     * The catalogue entry of the code; {@link ErrorCode#SERVER_ERROR} for a code the catalogue does not have.
     *
     * @return the error code
     */
    public ErrorCode errorCode() {
        return ErrorCode.ofCode(code).orElse(ErrorCode.SERVER_ERROR);
    }

    /**
     * The server's detail text (why exactly), when it sent one.
     *
     * @return the detail, or empty
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * The code and message, e.g. {@code "5011 User authentication canceled"}.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "BsaException[" + code + " " + getMessage() + (detail == null ? "" : ": " + detail) + "]";
    }
}
