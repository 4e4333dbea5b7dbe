package dev.bsa.sim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.sim.adapter.in.http.HttpApi;
import dev.bsa.sim.adapter.in.http.HttpApiOptions;
import dev.bsa.sim.adapter.in.http.WireJson;
import dev.bsa.sim.adapter.in.phone.SimulatedPhones;
import dev.bsa.sim.adapter.in.ws.ChannelSocket;
import dev.bsa.sim.adapter.out.clock.ControllableClock;
import dev.bsa.sim.application.port.in.ControlPlane;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.Graceful;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running BSA simulator: storage, the domain, the control plane, the sweeper that times out due
 * sessions, and the HTTP + WebSocket server, started together and stopped together.
 */
public final class Simulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final long SWEEP_MILLIS = 250;
    private static final long RETENTION_MILLIS = 1_000;
    /**
     * How long closing waits for each step at most: the event streams to end, the requests in flight to be answered,
     * the WebSockets to close, the scheduled tasks and the phones to stop. A guard: each step ends as soon as it is
     * done.
     */
    private static final long SHUTDOWN_STEP_MILLIS = 10_000;

    private final Wiring wiring;
    private final ScheduledExecutorService scheduler;
    private final HttpApi http;
    private final ChannelSocket socket;
    private final Javalin server;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Simulator(
            Wiring wiring, ScheduledExecutorService scheduler, HttpApi http, ChannelSocket socket, Javalin server) {
        this.wiring = wiring;
        this.scheduler = scheduler;
        this.http = http;
        this.socket = socket;
        this.server = server;
        this.port = server.port();
    }

    /** Starts a simulator with {@code config}. */
    public static Simulator start(SimulatorConfig config) {
        return start(config, javalinConfig -> {});
    }

    /**
     * Starts a simulator with {@code config}; {@code extensions} may add routes or static files to
     * the same server (the web demo does).
     */
    public static Simulator start(SimulatorConfig config, Consumer<JavalinConfig> extensions) {
        long started = System.nanoTime();
        Wiring wiring = Wiring.build(config);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "bsa-simulator-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        try {
            scheduler.scheduleWithFixedDelay(
                    () -> sweep(wiring.services()), SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            scheduler.scheduleWithFixedDelay(
                    () -> applyRetention(wiring), RETENTION_MILLIS, RETENTION_MILLIS, TimeUnit.MILLISECONDS);
            ObjectMapper json = WireJson.mapper();
            HttpApi http = new HttpApi(
                    wiring.services(),
                    wiring.control(),
                    json,
                    new HttpApiOptions(
                            wiring.adminToken(), config.publicBaseUrl(), HttpApiOptions.DEFAULT_MAX_BODY_BYTES));
            ChannelSocket socket = new ChannelSocket(wiring.control(), json, wiring.clock(), scheduler);
            Javalin server = Javalin.create(javalin -> {
                        javalin.jetty.host = config.host();
                        javalin.jetty.port = config.port();
                        javalin.startup.showJavalinBanner = false;
                        // Counts the requests in flight, so that a stop can wait until each one is answered.
                        javalin.jetty.modifyServer(jetty -> jetty.insertHandler(new GracefulHandler()));
                        http.install(javalin);
                        socket.install(javalin);
                        extensions.accept(javalin);
                    })
                    .start();
            Simulator simulator = new Simulator(wiring, scheduler, http, socket, server);
            try {
                // A new database's signing key is made while the server starts; it is stored before the start ends.
                wiring.deferred().run();
            } catch (RuntimeException failure) {
                simulator.close();
                throw failure;
            }
            LOG.info(
                    "BSA simulator listening on {} ({} clock, database {}) after {} ms",
                    simulator.baseUrl(),
                    wiring.clock().isVirtual() ? "virtual" : "system",
                    Wiring.describe(config.jdbcUrl()),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return simulator;
        } catch (RuntimeException failure) {
            scheduler.shutdownNow();
            wiring.close();
            throw failure;
        }
    }

    private static void sweep(BsaUseCases services) {
        try {
            services.expireDue().expireDue();
        } catch (RuntimeException failure) {
            LOG.error("the deadline sweeper failed; it will run again", failure);
        }
    }

    private static void applyRetention(Wiring wiring) {
        try {
            wiring.retention().applyRetention();
        } catch (RuntimeException failure) {
            LOG.error("the retention job failed; it will run again", failure);
        }
    }

    /** The port the server listens on (or listened on, once closed). */
    public int port() {
        return port;
    }

    /** The base URL on loopback, e.g. {@code http://localhost:8080}. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The admin bearer token. */
    public String adminToken() {
        return wiring.adminToken();
    }

    /** The use cases, for in-process callers. */
    public BsaUseCases services() {
        return wiring.services();
    }

    /** The control plane, for in-process callers (tests, the web demo). */
    public ControlPlane control() {
        return wiring.control();
    }

    /**
     * Whether this start loaded the seed: it did when it created the database; a database that holds an
     * earlier run's state keeps it (an admin reset loads the seed).
     */
    public boolean seededAtStart() {
        return wiring.seeded();
    }

    /** Whether the simulator runs on the virtual clock, which only moves when told to. */
    public boolean virtualClock() {
        return wiring.clock().isVirtual();
    }

    /** The clock the simulator runs on. */
    public ControllableClock clock() {
        return wiring.clock();
    }

    /**
     * Stops gracefully, in this order: the console's event streams end; the server stops accepting connections and
     * answers every request in flight (a request arriving meanwhile on an open connection gets 503); every WebSocket
     * gets what is left of its session (the {@code result} of a login that has ended) and a close frame; the server
     * stops; the deadline sweeper, the countdowns and the simulated phones stop; then the database closes.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("BSA simulator stopping");
        if (!http.endStreams(SHUTDOWN_STEP_MILLIS)) {
            LOG.warn("an event stream did not end within {} ms; stopping the server anyway", SHUTDOWN_STEP_MILLIS);
        }
        Server jetty = server.jettyServer().server();
        // Step by step, not Graceful.shutdown(jetty): that would close every WebSocket at once, before its login's
        // last word, and cut every connection idle for a second, WebSockets included.
        Arrays.stream(jetty.getConnectors())
                .filter(NetworkConnector.class::isInstance)
                .forEach(connector -> closeListening((NetworkConnector) connector));
        await(jetty.getDescendant(GracefulHandler.class).shutdown(), "requests were still being served");
        if (!socket.closeAll(SHUTDOWN_STEP_MILLIS)) {
            LOG.warn("a WebSocket did not close within {} ms; stopping the server anyway", SHUTDOWN_STEP_MILLIS);
        }
        await(
                CompletableFuture.allOf(Arrays.stream(jetty.getConnectors())
                        .filter(Graceful.class::isInstance)
                        .map(connector -> ((Graceful) connector).shutdown())
                        .toArray(CompletableFuture[]::new)),
                "connections were still open");
        server.stop();
        // No interrupt: a task interrupted in the middle of a database call could break the database's files.
        scheduler.shutdown();
        awaitScheduler();
        stopPhones(wiring.phones());
        wiring.close();
        LOG.info("BSA simulator stopped");
    }

    /** Stops accepting connections: the listening socket closes, the connections already open stay. */
    private static void closeListening(NetworkConnector connector) {
        try {
            connector.close();
        } catch (RuntimeException failure) {
            LOG.warn("the listening socket did not close: {}", failure.toString());
        }
    }

    /**
     * Waits for a step of the stop: the requests in flight to be answered, or the clients' connections to close (once
     * the stop began, each response tells its client that the connection closes, and a connection left idle is closed
     * after a second).
     */
    private static void await(CompletableFuture<Void> step, String lateness) {
        try {
            step.get(SHUTDOWN_STEP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            LOG.warn("{} after {} ms; stopping the server anyway", lateness, SHUTDOWN_STEP_MILLIS);
        } catch (ExecutionException failure) {
            LOG.warn(
                    "{}: {}; stopping the server anyway",
                    lateness,
                    failure.getCause().toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a sweep or countdown still running, so that none of them meets a closed database. */
    private void awaitScheduler() {
        try {
            if (!scheduler.awaitTermination(SHUTDOWN_STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn(
                        "a scheduled task did not end within {} ms; closing the database anyway", SHUTDOWN_STEP_MILLIS);
                scheduler.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops the phones' answers still waiting for their delay and waits for those already running. */
    private static void stopPhones(SimulatedPhones phones) {
        try {
            if (!phones.stop(SHUTDOWN_STEP_MILLIS)) {
                LOG.warn(
                        "a simulated phone was still answering after {} ms; closing the database anyway",
                        SHUTDOWN_STEP_MILLIS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
