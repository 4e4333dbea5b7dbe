package dev.bsa.domain.port.out;

import dev.bsa.domain.model.StatusUpdate;
import java.util.List;

/** Tells whoever watches a session's channel about each status it passes through, in order. */
public interface StatusPublisher {

    /** Publishes one status; called only after the change is stored. */
    void publish(StatusUpdate update);

    /**
     * Publishes the statuses one stored change passed through, oldest first; called only after the change is
     * stored. By default one by one; a publisher that writes may write them together.
     */
    default void publishAll(List<StatusUpdate> updates) {
        updates.forEach(this::publish);
    }
}
