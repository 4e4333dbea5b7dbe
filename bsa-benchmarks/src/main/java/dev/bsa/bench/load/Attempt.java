package dev.bsa.bench.load;

/**
 * How one login went.
 *
 * @param startedNanos {@link System#nanoTime()} when its request was sent
 * @param latencyNanos from the request to its end (tokens or error)
 * @param error        null for a login that gave tokens; else the error code or {@link ErrorTally#CLIENT_TIMEOUT}
 * @param approvalToResultNanos for a push login, from the phone's approval to the result over the WebSocket; -1 otherwise
 */
record Attempt(long startedNanos, long latencyNanos, String error, long approvalToResultNanos) {

    Attempt(long startedNanos, long latencyNanos, String error) {
        this(startedNanos, latencyNanos, error, -1);
    }

    boolean succeeded() {
        return error == null;
    }
}
