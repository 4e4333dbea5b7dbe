package dev.bsa.junit;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.in.ControlPlane;
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

    /** The demo seed's device tokens are this prefix followed by the user key. */
    public static final String DEMO_DEVICE_TOKEN_PREFIX = "demo-device-";

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

    /**
     * A device token for the user's phone: the demo seed's fixed {@code demo-device-<user>} while it
     * is the phone's token, otherwise one issued on first use after each reset (which registers a phone
     * for a user without one, and replaces a phone's other token).
     */
    public String deviceToken(String userKey) {
        return deviceTokens.computeIfAbsent(userKey, key -> {
            UserKey user = new UserKey(key);
            String seeded = DEMO_DEVICE_TOKEN_PREFIX + key;
            if (control().devices().authenticate(seeded).filter(user::equals).isPresent()) {
                return seeded;
            }
            return control().devices().issueToken(user).orElseGet(() -> {
                throw new IllegalArgumentException("no user " + key + " to give a phone to");
            });
        });
    }

    /** The in-process control plane. */
    public ControlPlane control() {
        return simulator.control();
    }

    /** The domain's use cases, in process. */
    public BsaUseCases services() {
        return simulator.services();
    }

    /**
     * Moves the virtual clock (the test must use {@code virtualClock = true}) and expires what falls
     * due: an {@link IllegalStateException} on the system clock, an {@link IllegalArgumentException}
     * for a negative or too large amount.
     */
    public void advanceClock(Duration amount) {
        if (!control().time().isVirtual()) {
            throw new IllegalStateException(
                    "the simulator runs on the system clock; use @BsaSimulatorTest(virtualClock = true)");
        }
        Result<Integer> advanced = control().time().advance(amount.toMillis());
        if (!advanced.isSuccess()) {
            throw new IllegalArgumentException(advanced.rejection().detail());
        }
    }

    /** Makes the user's phone behave as given; an {@link IllegalArgumentException} for an unknown user. */
    public void phone(String userKey, PhoneAnswering.Mode mode, Duration delay) {
        Result<PhoneAnswering> set =
                control().devices().setBehaviour(new UserKey(userKey), new PhoneAnswering(mode, delay));
        if (!set.isSuccess()) {
            throw new IllegalArgumentException(set.rejection().detail());
        }
    }

    /** Makes the next {@code count} steps of {@code kind} fail. */
    public void failNext(FaultKind kind, int count) {
        control().faults().failNext(kind, count);
    }

    /** The simulator itself. */
    public Simulator simulator() {
        return simulator;
    }

    /** Back to the seed: state, faults and issued device tokens; a virtual clock back to its start. */
    public void reset() {
        deviceTokens.clear();
        control().state().reset();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
