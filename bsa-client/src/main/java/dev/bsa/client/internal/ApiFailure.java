package dev.bsa.client.internal;

/**
 * A call to the BSA server that did not succeed: the server's {@code rtCode} and {@code rtMsg}, or
 * code 2001 when the server could not be reached or answered something that is not the BSA envelope.
 * The public API turns it into its own exception type; this one stays inside the SDK.
 */
public final class ApiFailure extends RuntimeException {

    /** The code reported when the server could not be reached or its answer could not be read. */
    public static final int UNREACHABLE_CODE = 2001;

    private final int code;
    private final int httpStatus;
    private final String detail;

    /**
     * A failure the server reported.
     *
     * @param code       the {@code rtCode}
     * @param message    the {@code rtMsg}
     * @param httpStatus the HTTP status, 0 when there was no answer
     * @param detail     the server's detail text, or null
     * @param cause      the underlying exception, or null
     */
    public ApiFailure(int code, String message, int httpStatus, String detail, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.detail = detail;
    }

    /**
     * A failure to reach the server or to read its answer.
     *
     * @param what  what failed
     * @param cause why
     * @return a failure with code 2001
     */
    public static ApiFailure unreachable(String what, Throwable cause) {
        return new ApiFailure(UNREACHABLE_CODE, "Server error: " + what, 0, null, cause);
    }

    /**
     * The numeric error code.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status, 0 when there was no answer
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The server's detail text.
     *
     * @return the detail, or null
     */
    public String detail() {
        return detail;
    }
}
