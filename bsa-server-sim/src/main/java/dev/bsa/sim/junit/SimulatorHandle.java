package dev.bsa.sim.junit;

import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.service.BsaServices;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.control.ControlPlane;
import dev.bsa.sim.control.FaultPlan.FaultKind;
import dev.bsa.sim.control.port.PhoneBehaviour;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test's grip on its embedded simulator: where it listens, the demo client key, device tokens, and
 * the in-process control plane (users, faults, clock).
 */
public final class SimulatorHandle implements AutoCloseable {

    /** The demo seed's client key, configured for every login type. */
    public static final String DEMO_CLIENT_KEY = "demo-client-key";

    private final Simulator simulator;
    private final Map<String, String> deviceTokens = new ConcurrentHashMap<>();

    SimulatorHandle(Simulator simulator) {
        this.simulator = simulator;
    }

    /** The HTTP base URL, e.g. {@code http://localhost:54321}. */
    public String baseUrl() {
        return simulator.baseUrl();
    }

    /** The WebSocket base URL, e.g. {@code ws://localhost:54321}. */
    public String webSocketBaseUrl() {
        return "ws://localhost:" + simulator.port();
    }

    /** The port. */
    public int port() {
        return simulator.port();
    }

    /** The demo client key. */
    public String clientKey() {
        return DEMO_CLIENT_KEY;
    }

    /** The admin API's bearer token. */
    public String adminToken() {
        return simulator.adminToken();
    }

    /** A device token for the user's phone, issued on first use after each reset. */
    public String deviceToken(String userKey) {
        return deviceTokens.computeIfAbsent(userKey, key -> control().devices().issueToken(new UserKey(key))
                .orElseGet(() -> {
                    throw new IllegalArgumentException("no user " + key + " to give a phone to");
                }));
    }

    /** The in-process control plane. */
    public ControlPlane control() {
        return simulator.control();
    }

    /** The domain's use cases, in process. */
    public BsaServices services() {
        return simulator.services();
    }

    /** Moves the virtual clock (the test must use {@code virtualClock = true}) and expires what falls due. */
    public void advanceClock(Duration amount) {
        control().time().advance(amount.toMillis()).orElseGet(() -> {
            throw new IllegalStateException("the simulator runs on the system clock; use @BsaSimulatorTest(virtualClock = true)");
        });
    }

    /** Makes the user's phone behave as given. */
    public void phone(String userKey, PhoneBehaviour.Mode mode, Duration delay) {
        control().devices().setBehaviour(new UserKey(userKey), new PhoneBehaviour(mode, delay));
    }

    /** Makes the next {@code count} steps of {@code kind} fail. */
    public void failNext(FaultKind kind, int count) {
        control().faults().failNext(kind, count);
    }

    /** The simulator itself. */
    public Simulator simulator() {
        return simulator;
    }

    /** Back to the seed: state, faults and issued device tokens. */
    public void reset() {
        deviceTokens.clear();
        control().state().reset();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
