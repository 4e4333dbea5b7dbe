package dev.bsa.sim.adapter.in.http;

/**
 * The shape of every JSON response of the BSA service: {@code rtCode} 0 and {@code rtMsg}
 * "success" with the payload in {@code data}, or the catalogue code and its description with
 * {@code data} holding the detail and the solution.
 *
 * @param rtCode 0 on success, else the error code
 * @param rtMsg  "success", or the catalogue description in the caller's language
 * @param data   the payload
 */
record Envelope(int rtCode, String rtMsg, Object data) {

    /** A success carrying {@code data}. */
    static Envelope ok(Object data) {
        return new Envelope(0, "success", data);
    }
}
