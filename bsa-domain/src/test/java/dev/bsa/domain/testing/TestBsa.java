package dev.bsa.domain.testing;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.service.BsaServices;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The whole domain wired over {@link InMemoryPorts}, with readable fixtures:
 * {@code givenClient("shop", PUSH)}, {@code givenActiveUser("alice")}, {@code link(alice, shop)}, then
 * {@code website(shop).requestPush(alice)} and {@code phone(alice).approve(started)}.
 */
public final class TestBsa {

    /** Where the clock of a new {@code TestBsa} stands: Thursday 2026-01-15, 09:00:00 UTC, a minute boundary. */
    public static final Instant START = Instant.parse("2026-01-15T09:00:00Z");

    private final InMemoryPorts ports;
    private final BsaUseCases services;

    /** A domain whose clock stands at {@link #START}. */
    public TestBsa() {
        this(MutableClock.at(START));
    }

    /** A domain on the given clock. */
    public TestBsa(MutableClock clock) {
        this.ports = new InMemoryPorts(clock);
        this.services = BsaServices.wire(ports.drivenPorts());
    }

    /** A registered website with exactly these login types (none: "login type not configured"). */
    public Client givenClient(String key, AuthMethod... loginTypes) {
        EnumSet<AuthMethod> types = EnumSet.noneOf(AuthMethod.class);
        types.addAll(List.of(loginTypes));
        Client client = new Client(new ClientKey(key), "Site " + key, types);
        ports.clients().save(client);
        return client;
    }

    /** A registered website configured for every method. */
    public Client givenClientForEveryMethod(String key) {
        return givenClient(key, AuthMethod.values());
    }

    /** An active user with a registered phone and the TOTP secret {@link #secretOf(String)}. */
    public User givenActiveUser(String key) {
        return givenUser(key, UserStatus.ACTIVE);
    }

    /** A user in {@code status}, with a registered phone and a TOTP secret. */
    public User givenUser(String key, UserStatus status) {
        return save(User.active(new UserKey(key), secretOf(key)).withStatus(status));
    }

    /** An active user whose phone is not registered. */
    public User givenUserWithoutDevice(String key) {
        return save(User.active(new UserKey(key), secretOf(key)).withDeviceRegistered(false));
    }

    /** An active user with a phone but no TOTP secret enrolled. */
    public User givenUserWithoutTotpSecret(String key) {
        return save(User.active(new UserKey(key), secretOf(key)).withTotpSecret(Optional.empty()));
    }

    /** An active user already linked to {@code client}. */
    public User givenLinkedUser(String key, Client client) {
        User user = givenActiveUser(key);
        link(user, client);
        return user;
    }

    /** Links the user to the website, as "Trusted Website => Site Link" in the app does. */
    public void link(User user, Client client) {
        ports.links().link(new Link(user.key(), client.key()));
    }

    /** Stores the user with another status (an administrator's action); returns the changed user. */
    public User changeStatus(User user, UserStatus status) {
        return save(ports.users().find(user.key()).orElse(user).withStatus(status));
    }

    /** Changes the settings in force; returns the new settings. */
    public Settings changeSettings(UnaryOperator<Settings> change) {
        return ports.settings().update(change);
    }

    /** The deterministic TOTP secret the fixtures give the user with this key. */
    public static TotpSecret secretOf(String userKey) {
        return TotpSecret.of(("totp-secret-of-" + userKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The stored session with this id; fails the test when there is none. */
    public AuthSession session(SessionId id) {
        return ports.sessions().findById(id).orElseThrow(() -> new AssertionError("no session " + id));
    }

    /** The website side of {@code client}: its requests, cancels and polls. */
    public Website website(Client client) {
        return new Website(services, client.key());
    }

    /** The phone side of {@code user}: its answers, scans and codes. */
    public Phone phone(User user) {
        return new Phone(this, user);
    }

    /** Every use case, wired to {@link #ports()}. */
    public BsaUseCases services() {
        return services;
    }

    /** Every driven port, for the assertions the shortcuts below do not cover. */
    public InMemoryPorts ports() {
        return ports;
    }

    public MutableClock clock() {
        return ports.clock();
    }

    public RecordingStatusPublisher publisher() {
        return ports.publisher();
    }

    public ScriptedPushGateway push() {
        return ports.push();
    }

    public ScriptedChannelGateway channels() {
        return ports.channels();
    }

    public ScriptedNodeVerifier nodes() {
        return ports.nodes();
    }

    public SequentialKeySource keys() {
        return ports.keys();
    }

    public InMemorySessionRepository sessions() {
        return ports.sessions();
    }

    public InMemoryAppOtpCodeRepository appOtpCodes() {
        return ports.appOtpCodes();
    }

    public InMemoryTotpStateRepository totpState() {
        return ports.totpState();
    }

    private User save(User user) {
        ports.users().save(user);
        return user;
    }
}
