package dev.bsa.sim.application.port.out;

import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.StatusUpdate;
import java.util.function.Consumer;

/** Live status delivery per channel: whoever watches a channel key receives each status of its session as it is stored. */
public interface ChannelSubscriptions {

    /** Watches one channel; closing the handle stops it. */
    AutoCloseable watch(ChannelKey channel, Consumer<StatusUpdate> watcher);
}
