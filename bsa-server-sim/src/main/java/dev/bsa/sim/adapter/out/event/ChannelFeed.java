package dev.bsa.sim.adapter.out.event;

import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.StatusPublisher;
import dev.bsa.sim.application.port.out.ChannelSubscriptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live status delivery per channel: whoever watches a channel key (a WebSocket, an SDK) receives
 * each status of that session as it is stored. Watchers that subscribe late read the stored
 * history first and use {@link StatusUpdate#sequence()} to skip what they already have.
 */
public final class ChannelFeed implements StatusPublisher, ChannelSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelFeed.class);

    private final Map<ChannelKey, List<Consumer<StatusUpdate>>> watchers = new ConcurrentHashMap<>();

    @Override
    public void publish(StatusUpdate update) {
        update.session()
                .channelKey()
                .map(watchers::get)
                .ifPresent(list -> list.forEach(watcher -> {
                    try {
                        watcher.accept(update);
                    } catch (RuntimeException failure) {
                        LOG.warn("a channel watcher failed: {}", failure.toString());
                    }
                }));
    }

    @Override
    public AutoCloseable watch(ChannelKey channel, Consumer<StatusUpdate> watcher) {
        watchers.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>()).add(watcher);
        return () -> watchers.computeIfPresent(channel, (key, list) -> {
            list.remove(watcher);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many watchers are attached, over all channels (for tests and diagnostics). */
    public int watcherCount() {
        return watchers.values().stream().mapToInt(List::size).sum();
    }
}
