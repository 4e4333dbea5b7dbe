package dev.bsa.sim.adapter.in.ws;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.sim.application.port.in.WatchChannelUseCase;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsContext;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket watching one channel. It subscribes to the channel first and reads the stored
 * session second, so no status can fall between the two; every status is sent once, in order, by
 * its sequence number, whether it comes from the store, from a live update or from the catch-up
 * read each tick does (which also covers changes made by another simulator sharing the store).
 * The terminal status goes out as the {@code result} message, after which the socket closes.
 */
final class ChannelStream {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelStream.class);
    private static final long TICK_MILLIS = 1000;

    private final WsContext socket;
    private final ChannelMessages messages;
    private final ChannelKey channel;
    private final WatchChannelUseCase channels;
    private final Clock clock;

    private int nextSequence;
    private AuthSession latest;
    private boolean ended;
    private AutoCloseable watch;
    private ScheduledFuture<?> ticks;

    ChannelStream(
            WsContext socket, ChannelMessages messages, ChannelKey channel, WatchChannelUseCase channels, Clock clock) {
        this.socket = socket;
        this.messages = messages;
        this.channel = channel;
        this.channels = channels;
        this.clock = clock;
    }

    /** Subscribes, replays the stored history, and starts the countdown while the session is live. */
    synchronized void open(ScheduledExecutorService ticker) {
        if (ended) {
            return;
        }
        watch = channels.watch(channel, this::onUpdate);
        Optional<AuthSession> stored = channels.session(channel);
        if (stored.isEmpty()) {
            socket.send(messages.unknownChannel());
            end(WsCloseStatus.POLICY_VIOLATION, "channel does not exist");
            return;
        }
        deliverUpTo(stored.get(), stored.get().history().size() - 1);
        if (!ended) {
            ticks = ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops watching and ticking; safe to call more than once. */
    synchronized void stop() {
        ended = true;
        if (ticks != null) {
            ticks.cancel(false);
        }
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception failure) {
                LOG.warn("could not stop watching channel: {}", failure.toString());
            }
        }
    }

    /**
     * The simulator is stopping: sends what the stored session reached since the last message (a login that has ended
     * gets its {@code result} and a normal close), and closes a socket whose login is still live with "going away".
     */
    synchronized void endForShutdown() {
        if (ended) {
            return;
        }
        try {
            channels.session(channel)
                    .ifPresent(stored -> deliverUpTo(stored, stored.history().size() - 1));
        } catch (RuntimeException failure) {
            LOG.warn("could not read channel {} before closing its socket: {}", channel, failure.toString());
        }
        if (!ended) {
            end(WsCloseStatus.GOING_AWAY, "the simulator is stopping");
        }
    }

    private void onUpdate(StatusUpdate update) {
        deliverUpTo(update.session(), update.sequence());
    }

    /** Catches up with the store (changes another process made, a reset), then sends the countdown. */
    private void tick() {
        try {
            Optional<AuthSession> stored = channels.session(channel);
            if (stored.isEmpty()) {
                vanished();
                return;
            }
            deliverUpTo(stored.get(), stored.get().history().size() - 1);
            sendTick();
        } catch (RuntimeException failure) {
            LOG.warn("a channel tick failed: {}", failure.toString());
        }
    }

    /** The session is gone from the store (the simulator was reset or its state replaced): the channel no longer exists. */
    private synchronized void vanished() {
        if (!ended) {
            socket.send(messages.unknownChannel());
            end(WsCloseStatus.POLICY_VIOLATION, "channel does not exist");
        }
    }

    private synchronized void sendTick() {
        if (!ended && latest != null) {
            socket.send(messages.tick(latest.status(), latest.remainingSeconds(clock.instant())));
        }
    }

    /** Sends every status of {@code session} from the next unsent one up to {@code lastSequence}. */
    private synchronized void deliverUpTo(AuthSession session, int lastSequence) {
        if (ended) {
            return;
        }
        if (latest == null || session.history().size() >= latest.history().size()) {
            latest = session;
        }
        for (; nextSequence <= lastSequence; nextSequence++) {
            AuthStatus status = session.history().get(nextSequence);
            if (status.isTerminal()) {
                socket.send(messages.result(session, nextSequence));
                end(WsCloseStatus.NORMAL_CLOSURE, "session ended");
                return;
            }
            socket.send(messages.status(status, nextSequence, session.remainingSeconds(clock.instant())));
        }
    }

    private void end(WsCloseStatus status, String reason) {
        stop();
        socket.closeSession(status, reason);
    }
}
