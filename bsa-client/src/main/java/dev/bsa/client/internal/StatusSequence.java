package dev.bsa.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The statuses of one channel delivered so far, so that the socket and the polling endpoint can both
 * feed it without a status being lost or repeated: the status with sequence {@code n} is the
 * {@code n}-th entry of the session's history. Thread-safe.
 */
final class StatusSequence {

    /** What to do with one status message. */
    enum Offer {
        /** It is the next one: deliver it. */
        NEXT,
        /** Already delivered: drop it. */
        SEEN,
        /** Statuses before it are missing: read the history to fill the gap. */
        GAP
    }

    private final List<String> delivered = new ArrayList<>();

    /**
     * Takes the status with {@code sequence} (negative when the message had none) and says whether
     * it is next, seen or ahead of a gap; a next one is recorded as delivered.
     */
    synchronized Offer offer(int sequence, String status) {
        if (sequence < 0) {
            boolean repeat =
                    !delivered.isEmpty() && delivered.get(delivered.size() - 1).equals(status);
            if (!repeat) {
                delivered.add(status);
            }
            return repeat ? Offer.SEEN : Offer.NEXT;
        }
        if (sequence < delivered.size()) {
            return Offer.SEEN;
        }
        if (sequence > delivered.size()) {
            return Offer.GAP;
        }
        delivered.add(status);
        return Offer.NEXT;
    }

    /** The statuses of the full {@code history} not delivered yet, in order, now recorded as delivered. */
    synchronized List<String> takeNew(List<String> history) {
        List<String> fresh =
                new ArrayList<>(history.subList(Math.min(delivered.size(), history.size()), history.size()));
        delivered.addAll(fresh);
        return fresh;
    }

    /** How many statuses were delivered. */
    synchronized int size() {
        return delivered.size();
    }
}
