package dev.bsa.sim.application.port.in;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.StatusUpdate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Following one login live by its channel key (the WebSocket): watch its statuses as they are stored, and
 * read the stored session to catch up.
 */
public interface WatchChannelUseCase {

    /** Watches one channel; closing the handle stops it. */
    AutoCloseable watch(ChannelKey channel, Consumer<StatusUpdate> watcher);

    /** The session of a channel as stored now. */
    Optional<AuthSession> session(ChannelKey channel);

    /** How many watchers are attached over all channels (diagnostics and tests). */
    int watchers();
}
