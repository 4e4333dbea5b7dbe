package dev.bsa.domain.port.out;

import dev.bsa.domain.model.StatusUpdate;

/** Tells whoever watches a session's channel about each status it passes through, in order. */
public interface StatusPublisher {

    /** Publishes one status; called only after the change is stored. */
    void publish(StatusUpdate update);
}
