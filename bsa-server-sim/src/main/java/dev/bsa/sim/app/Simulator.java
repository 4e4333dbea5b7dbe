package dev.bsa.sim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.sim.adapter.in.http.HttpApi;
import dev.bsa.sim.adapter.in.http.HttpApiOptions;
import dev.bsa.sim.adapter.in.http.WireJson;
import dev.bsa.sim.adapter.in.ws.ChannelSocket;
import dev.bsa.sim.adapter.out.clock.SimulatorClock;
import dev.bsa.sim.application.port.in.ControlPlane;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
     * How long after the start the deferred work (a new database's signing key) runs, so that it does not
     * compete with the first requests; anything that needs the key sooner makes it on the spot.
     */
    private static final long DEFERRED_WORK_DELAY_MILLIS = 1_000;
    /** How long closing waits for each step: the event streams to end, then the scheduled tasks. */
    private static final long SHUTDOWN_STEP_MILLIS = 2_000;

    private final Wiring wiring;
    private final ScheduledExecutorService scheduler;
    private final HttpApi http;
    private final Javalin server;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Simulator(Wiring wiring, ScheduledExecutorService scheduler, HttpApi http, Javalin server) {
        this.wiring = wiring;
        this.scheduler = scheduler;
        this.http = http;
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
                        http.install(javalin);
                        socket.install(javalin);
                        extensions.accept(javalin);
                    })
                    .start();
            scheduler.schedule(() -> runDeferred(wiring), DEFERRED_WORK_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            Simulator simulator = new Simulator(wiring, scheduler, http, server);
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

    private static void runDeferred(Wiring wiring) {
        try {
            wiring.deferred().run();
        } catch (RuntimeException failure) {
            LOG.error("the work deferred until after the start failed; it is done on first need instead", failure);
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
    public SimulatorClock clock() {
        return wiring.clock();
    }

    /**
     * Ends the console's event streams, then stops the server, the sweeper and the simulated phones,
     * and closes the database.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!http.endStreams(SHUTDOWN_STEP_MILLIS)) {
            LOG.warn("an event stream did not end within {} ms; stopping the server anyway", SHUTDOWN_STEP_MILLIS);
        }
        server.stop();
        scheduler.shutdownNow();
        awaitScheduler();
        wiring.close();
        LOG.info("BSA simulator stopped");
    }

    /** Waits for a sweep or phone answer still running, so that none of them meets a closed database. */
    private void awaitScheduler() {
        try {
            if (!scheduler.awaitTermination(SHUTDOWN_STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn(
                        "a scheduled task did not end within {} ms; closing the database anyway", SHUTDOWN_STEP_MILLIS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
