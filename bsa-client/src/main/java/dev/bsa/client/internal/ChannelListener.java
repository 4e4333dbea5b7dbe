package dev.bsa.client.internal;

/**
 * Receives what happens on one authentication channel, in order: each status once, the server's
 * remaining seconds whenever it reports them, and the outcome once, after which nothing follows.
 * Calls come from transport threads and never overlap.
 */
public interface ChannelListener {

    /**
     * A status the session reached, e.g. {@code "StartAuth"}; each one once, in the server's order.
     *
     * @param status the status string of the wire contract
     */
    void onStatus(String status);

    /**
     * The whole seconds the server says are left before the session times out.
     *
     * @param seconds seconds left
     */
    void onRemaining(int seconds);

    /**
     * The session ended (or the channel could not be watched); the last call.
     *
     * @param outcome tokens or the error
     */
    void onEnd(ChannelOutcome outcome);
}
