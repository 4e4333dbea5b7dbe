package dev.bsa.junit;

import dev.bsa.client.ArrangedOutcome;
import dev.bsa.client.Bsa;
import dev.bsa.client.BsaAdmin;
import dev.bsa.client.BsaDevice;
import dev.bsa.client.ClockAdvance;
import dev.bsa.client.Fault;
import dev.bsa.client.Outcome;
import dev.bsa.client.PhoneBehaviour;
import dev.bsa.client.PhoneMode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.in.ControlPlane;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test's grip on its embedded simulator: where it listens, the demo credentials, SDK clients pointed at it,
 * and its levers (phones, faults, outcomes, the clock). It speaks the Java SDK's types ({@link PhoneMode},
 * {@link Fault}, {@link Outcome}, ...), so a test that uses both never imports two of a kind. Thread-safe.
 */
public final class SimulatorHandle implements AutoCloseable {

    /** The demo seed's client key, configured for every login type. */
    public static final String DEMO_CLIENT_KEY = "demo-client-key";

    /** The demo seed's device tokens are this prefix followed by the user key. */
    public static final String DEMO_DEVICE_TOKEN_PREFIX = "demo-device-";

    /** How long {@link #awaitLiveLogin(String)} waits at most: a guard against a hang, not a pace. */
    public static final Duration LIVE_LOGIN_GUARD = Duration.ofSeconds(30);

    private final Simulator simulator;
    private final Map<String, String> deviceTokens = new ConcurrentHashMap<>();
    private final List<AutoCloseable> clients = new CopyOnWriteArrayList<>();

    SimulatorHandle(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * The HTTP base URL.
     *
     * @return e.g. {@code http://localhost:54321}
     */
    public String baseUrl() {
        return simulator.baseUrl();
    }

    /**
     * The WebSocket base URL.
     *
     * @return e.g. {@code ws://localhost:54321}
     */
    public String webSocketBaseUrl() {
        return "ws://localhost:" + simulator.port();
    }

    /**
     * The port it listens on.
     *
     * @return the port
     */
    public int port() {
        return simulator.port();
    }

    /**
     * The demo client key.
     *
     * @return {@value #DEMO_CLIENT_KEY}
     */
    public String clientKey() {
        return DEMO_CLIENT_KEY;
    }

    /**
     * The admin API's bearer token.
     *
     * @return the token
     */
    public String adminToken() {
        return simulator.adminToken();
    }

    /**
     * A device token for the user's phone: the demo seed's fixed {@code demo-device-<user>} while it is the phone's
     * token, otherwise one issued on first use after each reset (which registers a phone for a user without one,
     * and replaces a phone's other token).
     *
     * @param userKey the user
     * @return the token
     * @throws IllegalArgumentException for an unknown user
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

    /**
     * A website client of the SDK on the demo client key, closed with the simulator if the test does not close it.
     *
     * @return a new client
     */
    public Bsa bsa() {
        Bsa bsa = Bsa.builder(clientKey()).baseUrl(baseUrl()).build();
        clients.add(bsa);
        return bsa;
    }

    /**
     * The SDK's admin client of this simulator, for what the handle does not do itself (users, settings, state).
     *
     * @return a new admin client
     */
    public BsaAdmin admin() {
        return BsaAdmin.connect(baseUrl(), adminToken());
    }

    /**
     * The SDK's client of the user's phone (approve, reject, OTP codes, TOTP, QR scans).
     *
     * @param userKey the user
     * @return a new device client
     * @throws IllegalArgumentException for an unknown user
     */
    public BsaDevice phoneOf(String userKey) {
        return BsaDevice.connect(baseUrl(), deviceToken(userKey));
    }

    /**
     * Makes the user's phone behave as given.
     *
     * @param userKey the user
     * @param mode    what the phone does
     * @param delay   how long it waits before answering (auto modes only)
     * @throws IllegalArgumentException for an unknown user or a delay out of range
     */
    public void phone(String userKey, PhoneMode mode, Duration delay) {
        Objects.requireNonNull(mode, "mode");
        Result<PhoneAnswering> set = control()
                .devices()
                .setBehaviour(
                        new UserKey(userKey), new PhoneAnswering(PhoneAnswering.Mode.valueOf(mode.name()), delay));
        if (!set.isSuccess()) {
            throw new IllegalArgumentException(set.rejection().detail());
        }
    }

    /**
     * Makes the user's phone behave as given.
     *
     * @param userKey   the user
     * @param behaviour what the phone does and after how long
     * @throws IllegalArgumentException for an unknown user or a delay out of range
     */
    public void phone(String userKey, PhoneBehaviour behaviour) {
        phone(userKey, behaviour.mode(), Duration.ofMillis(behaviour.delayMillis()));
    }

    /**
     * Makes the next {@code count} runs of a step fail (replacing what was queued for it).
     *
     * @param fault the step
     * @param count how many, 0 to clear
     * @throws IllegalArgumentException for a negative or too large count
     */
    public void failNext(Fault fault, int count) {
        control().faults().failNext(FaultKind.valueOf(fault.name()), count);
    }

    /**
     * Arranges the user's next login to end in {@code outcome}, through the real rules.
     *
     * @param outcome the outcome
     * @param userKey the user
     * @return what was arranged
     * @throws IllegalArgumentException when the arrangement is refused (unknown user, a timeout on the system clock)
     */
    public ArrangedOutcome arrangeNext(Outcome outcome, String userKey) {
        return arrange(outcome, Optional.of(new UserKey(Objects.requireNonNull(userKey, "userKey"))));
    }

    /**
     * Arranges the next login of anyone (or the next of a flow) to end in one of the outcomes that name no user
     * (2000, 5015, 5017, 5022, 2001, 3005, 5024, 5023).
     *
     * @param outcome the outcome
     * @return what was arranged
     * @throws IllegalArgumentException when the outcome concerns one user
     */
    public ArrangedOutcome arrangeNext(Outcome outcome) {
        return arrange(outcome, Optional.empty());
    }

    private ArrangedOutcome arrange(Outcome outcome, Optional<UserKey> user) {
        var arranged = control()
                .outcomes()
                .arrangeNext(dev.bsa.sim.application.model.Outcome.valueOf(outcome.name()), user, Optional.empty());
        if (!arranged.isSuccess()) {
            throw new IllegalArgumentException(arranged.rejection().detail());
        }
        return new ArrangedOutcome(
                outcome,
                outcome == Outcome.APPROVED ? null : outcome.code(),
                arranged.value().user().map(UserKey::value).orElse(null),
                arranged.value().how());
    }

    /**
     * The simulator's current instant.
     *
     * @return now, by its clock
     */
    public Instant now() {
        return control().time().now();
    }

    /**
     * Moves the virtual clock and times out the logins that fall due (5001). A login whose start request is still
     * on its way is not among them: to time out a login the test just started, use {@link
     * #advanceClockOnceLive(String, Duration)}.
     *
     * @param amount how far
     * @return the new instant and how many logins timed out
     * @throws IllegalStateException    on the system clock
     * @throws IllegalArgumentException for a negative or too large amount
     */
    public ClockAdvance advanceClock(Duration amount) {
        if (!control().time().isVirtual()) {
            throw new IllegalStateException("the simulator runs on the system clock; use "
                    + "@BsaSimulatorTest(virtualClock = true) or BsaSimulatorExtension.builder().virtualClock()");
        }
        Result<Integer> advanced = control().time().advance(amount.toMillis());
        if (!advanced.isSuccess()) {
            throw new IllegalArgumentException(advanced.rejection().detail());
        }
        return new ClockAdvance(now(), advanced.value());
    }

    /**
     * Waits until the user has a live login on the simulator (its start request was answered or is being
     * answered), then moves the virtual clock: the race-free way to time out a login the test just started
     * asynchronously. A login past its deadline then ends with 5001, either through this call or, when its start
     * request was still writing the login as the clock moved, through the simulator's deadline sweeper within a
     * quarter of a second (it is then not counted in {@link ClockAdvance#expired()}).
     *
     * @param userKey the user whose login must exist first
     * @param amount  how far
     * @return the new instant and how many logins timed out
     * @throws IllegalStateException    on the system clock, or when no login of the user became live within
     *     {@link #LIVE_LOGIN_GUARD}
     * @throws IllegalArgumentException for a negative or too large amount
     */
    public ClockAdvance advanceClockOnceLive(String userKey, Duration amount) {
        awaitLiveLogin(userKey);
        return advanceClock(amount);
    }

    /**
     * Waits, on the simulator's own events, until the user has a live login (started, not ended).
     *
     * @param userKey the user
     * @throws IllegalStateException when none became live within {@link #LIVE_LOGIN_GUARD}
     */
    public void awaitLiveLogin(String userKey) {
        awaitLiveLogin(userKey, LIVE_LOGIN_GUARD);
    }

    /**
     * Waits, on the simulator's own events, until the user has a live login (started, not ended).
     *
     * @param userKey the user
     * @param atMost  how long to wait at most
     * @throws IllegalStateException when none became live within {@code atMost}
     */
    public void awaitLiveLogin(String userKey, Duration atMost) {
        new LiveLogins(control()).await(new UserKey(userKey), atMost);
    }

    /** Back to the seed: state, faults and issued device tokens; a virtual clock back to its start. */
    public void reset() {
        deviceTokens.clear();
        control().state().reset();
    }

    /** Stops the simulator and closes the SDK clients {@link #bsa()} made. */
    @Override
    public void close() {
        for (AutoCloseable client : clients) {
            try {
                client.close();
            } catch (Exception ignored) {
                // a client that fails to close changes nothing for the simulator
            }
        }
        clients.clear();
        simulator.close();
    }

    /** The in-process control plane, for this module's own tests. */
    ControlPlane control() {
        return simulator.control();
    }
}
