package dev.bsa.sim.application.service;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.sim.application.port.in.WatchChannelUseCase;
import dev.bsa.sim.application.port.out.ChannelSubscriptions;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Live statuses of one channel from the subscriptions, and the stored session to catch up from. */
public final class WatchChannelService implements WatchChannelUseCase {

    private final ChannelSubscriptions subscriptions;
    private final SessionRepository sessions;
    private final AtomicInteger watchers = new AtomicInteger();

    public WatchChannelService(ChannelSubscriptions subscriptions, SessionRepository sessions) {
        this.subscriptions = subscriptions;
        this.sessions = sessions;
    }

    @Override
    public AutoCloseable watch(ChannelKey channel, Consumer<StatusUpdate> watcher) {
        AutoCloseable subscription = subscriptions.watch(channel, watcher);
        watchers.incrementAndGet();
        AtomicInteger once = new AtomicInteger();
        return () -> {
            if (once.getAndIncrement() == 0) {
                watchers.decrementAndGet();
                subscription.close();
            }
        };
    }

    @Override
    public Optional<AuthSession> session(ChannelKey channel) {
        return sessions.findByChannelKey(channel);
    }

    @Override
    public int watchers() {
        return watchers.get();
    }
}
