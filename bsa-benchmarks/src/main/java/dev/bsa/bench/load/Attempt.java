package dev.bsa.bench.load;

/**
 * How one login went.
 *
 * @param startedNanos {@link System#nanoTime()} when its request was sent
 * @param latencyNanos from the request to its end (tokens or error)
 * @param error        null for a login that gave tokens; else the error code or {@link ErrorTally#CLIENT_TIMEOUT}
 */
record Attempt(long startedNanos, long latencyNanos, String error) {

    boolean succeeded() {
        return error == null;
    }
}
