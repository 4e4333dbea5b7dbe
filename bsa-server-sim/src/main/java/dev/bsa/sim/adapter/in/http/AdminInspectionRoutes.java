package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ControlPlane;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the console watches: recent sessions, the audit log, and the live event stream (Server-Sent Events). */
final class AdminInspectionRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(AdminInspectionRoutes.class);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;
    private static final int QUEUED_EVENTS = 1000;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String EVENT_STREAM = "text/event-stream";

    private final ControlPlane control;
    private final EventStreams streams;
    private final ObjectMapper json;

    AdminInspectionRoutes(ControlPlane control, EventStreams streams, ObjectMapper json) {
        this.control = control;
        this.streams = streams;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/admin/sessions", this::sessions);
        routes.get("/api/v1/admin/audit", this::audit);
        routes.before(AdminGuard.EVENTS_PATH, AdminInspectionRoutes::requireEventStreamAccepted);
        routes.sse(AdminGuard.EVENTS_PATH, this::events);
    }

    /**
     * The event feed is a stream of server-sent events, which Javalin opens only for a request that
     * accepts {@code text/event-stream} (an {@code EventSource} does); any other request would get an empty
     * 200, so it gets a 406 saying how to ask instead.
     */
    static void requireEventStreamAccepted(Context ctx) {
        String accept = ctx.header("Accept");
        if (ctx.method() == HandlerType.GET && (accept == null || !accept.contains(EVENT_STREAM))) {
            throw RequestRejected.withStatus(
                    406,
                    ErrorCode.INVALID_PARAMETER,
                    "this route streams server-sent events: " + "ask with the header 'Accept: " + EVENT_STREAM
                            + "' (curl -N -H 'Accept: " + EVENT_STREAM + "' ...)");
        }
    }

    void sessions(Context ctx) {
        ctx.json(Envelope.ok(control.inspection().recentSessions(limit(ctx)).stream()
                .map(AdminViews.SessionView::of)
                .toList()));
    }

    void audit(Context ctx) {
        ctx.json(Envelope.ok(control.inspection().recentAudit(limit(ctx)).stream()
                .map(AdminViews.AuditView::of)
                .toList()));
    }

    /**
     * Streams the simulator's events, the most recent ones first, each as an SSE event named by its
     * type with the event's id. The publisher only queues (a slow console never slows the
     * simulator down; beyond {@value #QUEUED_EVENTS} queued events, new ones are dropped); this
     * request's thread writes, with a keep-alive comment when idle. The stream ends when the
     * console goes away or the server stops.
     */
    void events(SseClient client) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>(QUEUED_EVENTS);
        if (!streams.open(queue)) {
            client.close();
            return;
        }
        try (AutoCloseable subscription = control.events().subscribe(queue::offer)) {
            while (!client.terminated()) {
                Object next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next == EventStreams.END) {
                    client.close();
                    break;
                }
                if (next instanceof SimEvent.Numbered event) {
                    client.sendEvent(event.event().type(), eventView(event), Long.toString(event.id()));
                } else {
                    client.sendComment("keep-alive");
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (Exception failure) {
            LOG.debug("the event stream ended: {}", failure.toString());
        } finally {
            streams.closed(queue);
        }
    }

    /**
     * The wire form of an event: {@code {id, at, type, data}}, the data being the event's record; a control-plane
     * change also names its {@code action} there.
     */
    AdminViews.EventView eventView(SimEvent.Numbered numbered) {
        ObjectNode data = json.valueToTree(numbered.event());
        if (numbered.event() instanceof SimEvent.AdminChange change) {
            data.put("action", change.action());
        }
        return new AdminViews.EventView(
                numbered.id(), numbered.at(), numbered.event().type(), data);
    }

    private static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw RequestRejected.badInput("limit must be a whole number between 1 and " + MAX_LIMIT);
    }
}
