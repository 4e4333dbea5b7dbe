package dev.bsa.sim.adapter.in.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.sim.application.port.in.ControlPlane;
import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live status channel: WebSocket {@code /ws/v1/channels/{channelKey}}. The 128-bit channel key,
 * returned only to the website that started the login, is the credential; no header is needed.
 * Each connection gets the session's history, then its live statuses, a countdown tick every
 * second, and one final result; see {@link ChannelStream}. When the simulator stops, {@link #closeAll(long)} gives
 * every open socket what is left of its session and a close frame.
 */
public final class ChannelSocket {

    /** The route. */
    public static final String PATH = "/ws/v1/channels/{channelKey}";

    private final ControlPlane control;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private final ObjectMapper json;
    private final Map<String, ChannelStream> streams = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /**
     * A channel route over the control plane's channels, writing its messages with {@code json} (the wire's one
     * configured mapper) and ticking on {@code ticker}.
     */
    public ChannelSocket(ControlPlane control, ObjectMapper json, Clock clock, ScheduledExecutorService ticker) {
        this.control = Objects.requireNonNull(control, "control");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Registers the WebSocket route on {@code config}. */
    public void install(JavalinConfig config) {
        config.routes.ws(PATH, ws -> {
            ws.onConnect(this::connect);
            ws.onClose(this::disconnect);
            ws.onError(this::disconnect);
        });
    }

    private void connect(WsConnectContext socket) {
        ChannelMessages messages = new ChannelMessages(
                json, ChannelMessages.languageOf(socket.queryParam("lang"), socket.header("Accept-Language")));
        Result<ChannelKey> channel = ChannelKey.parse(socket.pathParam("channelKey"));
        if (!channel.isSuccess()) {
            socket.send(messages.unknownChannel());
            socket.closeSession(WsCloseStatus.POLICY_VIOLATION, "channel does not exist");
            return;
        }
        ChannelStream stream = new ChannelStream(socket, messages, channel.value(), control.channels(), clock);
        streams.put(socket.sessionId(), stream);
        if (stopping) {
            stream.endForShutdown();
            return;
        }
        stream.open(ticker);
    }

    private void disconnect(WsContext socket) {
        ChannelStream stream = streams.remove(socket.sessionId());
        if (stream != null) {
            stream.stop();
        }
        synchronized (streams) {
            streams.notifyAll();
        }
    }

    /**
     * Ends every open socket as the simulator stops: each gets the statuses its session reached that it has not sent
     * yet (the {@code result} of a login that has ended, then a normal close), or a close frame saying the server is
     * going away while the login is still live. Waits up to {@code timeoutMillis} for the clients to answer the close;
     * true when every socket closed.
     */
    public boolean closeAll(long timeoutMillis) {
        stopping = true;
        streams.values().forEach(ChannelStream::endForShutdown);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (streams) {
            while (!streams.isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    streams.wait(left);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
