package dev.bsa.sim.adapter.in.support;

import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.sim.adapter.out.clock.ControllableClock;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.application.port.in.ControlPlane;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real simulator on a free loopback port for one test class (H2 in memory, the demo seed, a
 * virtual clock), reset to the seed before each test. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class RunningSimulator implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** Where the virtual clock starts: a minute boundary, so TOTP steps are easy to reason about. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** The admin token of test simulators. */
    public static final String ADMIN_TOKEN = "test-admin-token";
    /** The demo client, configured for every login type. */
    public static final String DEMO_CLIENT = "demo-client-key";
    /** The demo client configured for no login type (3301). */
    public static final String UNCONFIGURED_CLIENT = "unconfigured-client-key";

    private final UnaryOperator<SimulatorConfig> configuration;
    private final List<ChannelSocketProbe> listeners = new CopyOnWriteArrayList<>();
    private Simulator simulator;
    private ApiClient api;

    /** A simulator with a virtual clock. */
    public RunningSimulator() {
        this(config -> config);
    }

    /** A simulator with a virtual clock, changed by {@code configuration}. */
    public RunningSimulator(UnaryOperator<SimulatorConfig> configuration) {
        this.configuration = configuration;
    }

    /** The fixed device token the demo seed gives {@code user}'s phone. */
    public static String deviceTokenOf(String user) {
        return "demo-device-" + user;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulator.start(configuration.apply(SimulatorConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withVirtualClock(START)
                .withAdminToken(ADMIN_TOKEN)));
        api = new ApiClient(simulator.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** Closes the sockets the previous test opened, waits until nothing watches a channel, and resets to the seed. */
    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        listeners.forEach(ChannelSocketProbe::close);
        listeners.clear();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (simulator.control().channels().watchers() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the previous test's channels were still watched after 60 s");
            }
            Thread.sleep(10);
        }
        simulator.control().state().reset();
    }

    public ApiClient api() {
        return api;
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }

    /** The WebSocket URL of a channel. */
    public String channelUrl(String channelKey) {
        return "ws://127.0.0.1:" + simulator.port() + "/ws/v1/channels/" + channelKey;
    }

    /** Opens the live status channel. */
    public ChannelSocketProbe watch(String channelKey) {
        return remember(ChannelSocketProbe.connect(channelUrl(channelKey)));
    }

    /** Closes {@code listener} before the next test. */
    public ChannelSocketProbe remember(ChannelSocketProbe listener) {
        listeners.add(listener);
        return listener;
    }

    public ControlPlane control() {
        return simulator.control();
    }

    public BsaUseCases services() {
        return simulator.services();
    }

    public ControllableClock clock() {
        return simulator.clock();
    }

    public Simulator simulator() {
        return simulator;
    }
}
