package dev.bsa.sim.adapter.out.event;

import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.StatusPublisher;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the statuses of each stored change to every publisher in turn (audit log, channels, event stream); one
 * failing never stops the others.
 */
public final class StatusBroadcast implements StatusPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBroadcast.class);

    private final List<StatusPublisher> publishers;

    public StatusBroadcast(List<StatusPublisher> publishers) {
        this.publishers = List.copyOf(publishers);
    }

    @Override
    public void publish(StatusUpdate update) {
        publishAll(List.of(update));
    }

    @Override
    public void publishAll(List<StatusUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        for (StatusPublisher publisher : publishers) {
            try {
                publisher.publishAll(updates);
            } catch (RuntimeException failure) {
                LOG.error(
                        "status publisher {} failed for session {}",
                        publisher.getClass().getSimpleName(),
                        updates.get(0).session().id(),
                        failure);
            }
        }
    }
}
