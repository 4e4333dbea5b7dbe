package dev.bsa.domain.testing;

import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.StatusPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link StatusPublisher} that keeps every update, in publication order. Thread-safe. */
public final class RecordingStatusPublisher implements StatusPublisher {

    private final List<StatusUpdate> updates = new CopyOnWriteArrayList<>();

    @Override
    public void publish(StatusUpdate update) {
        updates.add(update);
    }

    /** Every update published so far, oldest first. */
    public List<StatusUpdate> updates() {
        return List.copyOf(updates);
    }

    /** The updates of one session, oldest first. */
    public List<StatusUpdate> updatesOf(SessionId session) {
        return updates.stream()
                .filter(update -> update.session().id().equals(session))
                .toList();
    }

    /** The wire names of the statuses published for one session, in publication order. */
    public List<String> statusesOf(SessionId session) {
        return updatesOf(session).stream()
                .map(StatusUpdate::status)
                .map(AuthStatus::wireName)
                .toList();
    }

    /** Forgets everything published so far. */
    public void clear() {
        updates.clear();
    }
}
