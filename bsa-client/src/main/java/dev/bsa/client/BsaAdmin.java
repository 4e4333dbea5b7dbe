package dev.bsa.client;

import static dev.bsa.client.JsonCalls.segment;

import dev.bsa.client.internal.HttpTransport;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.UserStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The simulator's control plane over HTTP ({@code /api/v1/admin}, bearer admin token): websites,
 * users and links here; device tokens and phone behaviour through {@link #phones()}; faults,
 * settings, the clock, reset and export/import through {@link #simulation()}. With it and
 * {@link BsaDevice}, a test that only depends on this SDK can script any outcome of a remote
 * simulator. Every method blocks and throws a {@link BsaException} when the simulator refused (2002
 * for a wrong admin token). Thread-safe.
 */
public final class BsaAdmin {

    private static final String ADMIN = "/api/v1/admin";

    private final JsonCalls calls;
    private final PhoneControls phones;
    private final SimulationControls simulation;

    private BsaAdmin(JsonCalls calls) {
        this.calls = calls;
        this.phones = new PhoneControls(calls);
        this.simulation = new SimulationControls(calls);
    }

    /**
     * The control plane of the simulator at {@code baseUrl}.
     *
     * @param baseUrl    e.g. {@code http://localhost:8080}
     * @param adminToken the admin token (printed by the simulator at start unless given)
     * @return the admin client
     */
    public static BsaAdmin connect(String baseUrl, String adminToken) {
        return connect(baseUrl, adminToken, BsaDevice.DEFAULT_TIMEOUT);
    }

    /**
     * The control plane with a time-out for every call.
     *
     * @param baseUrl    e.g. {@code http://localhost:8080}
     * @param adminToken the admin token
     * @param timeout    the time-out of each call and of connecting
     * @return the admin client
     */
    public static BsaAdmin connect(String baseUrl, String adminToken, Duration timeout) {
        Objects.requireNonNull(adminToken, "adminToken");
        return new BsaAdmin(new JsonCalls(new HttpTransport(
                HttpTransport.newClient(timeout), baseUrl, Map.of("Authorization", "Bearer " + adminToken), timeout)));
    }

    /**
     * Users' phones: device tokens and how the phones answer.
     *
     * @return the phone controls
     */
    public PhoneControls phones() {
        return phones;
    }

    /**
     * Faults, settings, the clock, reset, export and import.
     *
     * @return the simulation controls
     */
    public SimulationControls simulation() {
        return simulation;
    }

    /**
     * Every registered website.
     *
     * @return the websites
     */
    public List<Website> clients() {
        return calls.getList(ADMIN + "/clients", Website.class);
    }

    /**
     * Registers or replaces a website.
     *
     * @param clientKey  its client key (letters, digits, {@code _}, {@code -})
     * @param name       the name the app shows
     * @param loginTypes the methods it may use; empty for "not configured" (3301)
     * @return the website as stored
     */
    public Website saveClient(String clientKey, String name, Set<AuthMethod> loginTypes) {
        return calls.send(
                "PUT",
                ADMIN + "/clients/" + segment(clientKey),
                Map.of("name", name, "loginTypes", List.copyOf(loginTypes)),
                Website.class);
    }

    /**
     * Removes a website and every link to it.
     *
     * @param clientKey its client key
     * @return true when it existed
     */
    public boolean deleteClient(String clientKey) {
        return calls.delete(ADMIN + "/clients/" + segment(clientKey));
    }

    /**
     * Every user.
     *
     * @return the users
     */
    public List<UserAccount> users() {
        return calls.getList(ADMIN + "/users", UserAccount.class);
    }

    /**
     * One user.
     *
     * @param userKey the user account
     * @return the user
     * @throws BsaException 2008 when there is no such user
     */
    public UserAccount user(String userKey) {
        return calls.get(ADMIN + "/users/" + segment(userKey), UserAccount.class);
    }

    /**
     * Registers a user or changes one; null arguments keep the current value (a new user is ACTIVE,
     * without a phone, with a random TOTP secret).
     *
     * @param userKey          the user account
     * @param status           the account status, or null
     * @param deviceRegistered whether the user has a phone, or null (see also {@link PhoneControls#register})
     * @param totpSecret       the TOTP secret in Base32, or null
     * @return the user as stored
     */
    public UserAccount saveUser(String userKey, UserStatus status, Boolean deviceRegistered, String totpSecret) {
        Map<String, Object> body = new HashMap<>();
        if (status != null) {
            body.put("status", status.name());
        }
        if (deviceRegistered != null) {
            body.put("deviceRegistered", deviceRegistered);
        }
        if (totpSecret != null) {
            body.put("totpSecret", totpSecret);
        }
        return calls.send("PUT", ADMIN + "/users/" + segment(userKey), body, UserAccount.class);
    }

    /**
     * Removes a user, the user's phone and links.
     *
     * @param userKey the user account
     * @return true when the user existed
     */
    public boolean deleteUser(String userKey) {
        return calls.delete(ADMIN + "/users/" + segment(userKey));
    }

    /**
     * The user's TOTP counters today.
     *
     * @param userKey the user account
     * @return the counters
     */
    public TotpCounters totpCounters(String userKey) {
        return calls.get(ADMIN + "/users/" + segment(userKey) + "/totp", TotpCounters.class);
    }

    /**
     * Every link between a user and a website.
     *
     * @return the links
     */
    public List<UserLink> links() {
        return calls.getList(ADMIN + "/links", UserLink.class);
    }

    /**
     * Links a user to a website.
     *
     * @param userKey   the user account
     * @param clientKey the website's client key
     * @return the link
     * @throws BsaException 2008 unknown user, 2000 unknown website
     */
    public UserLink link(String userKey, String clientKey) {
        return calls.send("PUT", ADMIN + "/links/" + segment(userKey) + "/" + segment(clientKey), null, UserLink.class);
    }

    /**
     * Removes a link (logins then get 3201).
     *
     * @param userKey   the user account
     * @param clientKey the website's client key
     * @return true when it existed
     */
    public boolean unlink(String userKey, String clientKey) {
        return calls.delete(ADMIN + "/links/" + segment(userKey) + "/" + segment(clientKey));
    }

    /**
     * The simulator's outcome catalogue: every outcome a website's login must handle.
     *
     * @return the catalogue, in a stable order
     */
    public List<OutcomeEntry> outcomes() {
        return calls.getList(ADMIN + "/outcomes", OutcomeEntry.class);
    }

    /**
     * Arranges the user's next login to end in {@code outcome}.
     *
     * @param outcome the outcome
     * @param userKey the user account
     * @return what was arranged
     * @throws BsaException 2008 unknown user; 2002 when the outcome cannot be arranged (a timeout needs the
     *     simulator's virtual clock)
     */
    public ArrangedOutcome arrangeNext(Outcome outcome, String userKey) {
        return calls.post(
                ADMIN + "/outcomes/next",
                Map.of("outcome", outcome.name(), "userKey", Objects.requireNonNull(userKey, "userKey")),
                ArrangedOutcome.class);
    }

    /**
     * Arranges the next login of anyone (or the next of a flow) to end in {@code outcome}: one of the outcomes that
     * name no user (2000, 5015, 5017, 5022, 2001, 3005, 5024, 5023).
     *
     * @param outcome the outcome
     * @return what was arranged
     * @throws BsaException 2002 when the outcome concerns one user
     */
    public ArrangedOutcome arrangeNext(Outcome outcome) {
        return calls.post(ADMIN + "/outcomes/next", Map.of("outcome", outcome.name()), ArrangedOutcome.class);
    }
}
