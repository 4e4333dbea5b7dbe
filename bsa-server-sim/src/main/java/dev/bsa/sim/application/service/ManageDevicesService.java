package dev.bsa.sim.application.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.SessionQueries;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.sim.application.model.AuthenticatorEnrolment;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.model.TokenHash;
import dev.bsa.sim.application.port.in.ManageDevicesUseCase;
import dev.bsa.sim.application.port.out.DeviceRegistry;
import dev.bsa.sim.application.port.out.EventLog;
import dev.bsa.sim.application.port.out.PhoneBehaviourStore;
import dev.bsa.sim.application.port.out.RandomSource;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The virtual phones' credentials and inbox: registering a device gives the user a phone (and the
 * phone a bearer token, stored hashed); the token authenticates every device-side call.
 */
public final class ManageDevicesService implements ManageDevicesUseCase {

    /** Tokens are this prefix followed by 32 random bytes in base64url. */
    public static final String TOKEN_PREFIX = "bsa_dev_";

    /** The fewest characters of a device token. */
    public static final int MIN_TOKEN_LENGTH = 8;

    /** The most characters of a device token. */
    public static final int MAX_TOKEN_LENGTH = 200;

    /** The issuer shown in authenticator apps. */
    public static final String ISSUER = "BSA Simulator";

    private final UserRepository users;
    private final DeviceRegistry registry;
    private final PhoneBehaviourStore behaviours;
    private final SessionQueries queries;
    private final SettingsRepository settings;
    private final RandomSource random;
    private final EventLog events;
    private final Clock clock;

    public ManageDevicesService(
            UserRepository users,
            DeviceRegistry registry,
            PhoneBehaviourStore behaviours,
            SessionQueries queries,
            SettingsRepository settings,
            RandomSource random,
            EventLog events,
            Clock clock) {
        this.users = users;
        this.registry = registry;
        this.behaviours = behaviours;
        this.queries = queries;
        this.settings = settings;
        this.random = random;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Result<String> issueToken(UserKey user) {
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random.nextBytes(32));
        return registerToken(user, token).map(done -> token);
    }

    /**
     * Registers a phone for the user with a token chosen by the caller (seed files); 2008 for an
     * unknown user, 2002 for a token of the wrong length or one that is another user's phone's (the
     * token is what tells the phones apart).
     */
    @Override
    public Result<String> registerToken(UserKey key, String rawToken) {
        Optional<User> user = users.find(key);
        if (user.isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + key + " is not registered");
        }
        if (rawToken == null || rawToken.length() < MIN_TOKEN_LENGTH || rawToken.length() > MAX_TOKEN_LENGTH) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER,
                    "a device token has " + MIN_TOKEN_LENGTH + " to " + MAX_TOKEN_LENGTH + " characters");
        }
        String hash = TokenHash.of(rawToken);
        Optional<UserKey> holder = registry.findUser(hash);
        if (holder.isPresent() && !holder.get().equals(key)) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "that device token is another user's phone's");
        }
        registry.register(key, hash, clock.instant());
        users.save(user.get().withDeviceRegistered(true));
        events.publish(new SimEvent.DeviceRegistered(key.value()));
        return Result.success(rawToken);
    }

    @Override
    public boolean unregister(UserKey key) {
        boolean existed = registry.unregister(key);
        users.find(key).ifPresent(user -> users.save(user.withDeviceRegistered(false)));
        events.publish(new SimEvent.DeviceUnregistered(key.value()));
        return existed;
    }

    @Override
    public Optional<UserKey> authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return registry.findUser(TokenHash.of(rawToken));
    }

    @Override
    public List<AuthSession> pending(UserKey user) {
        if (behaviours.find(user).mode() == PhoneAnswering.Mode.NEVER_ANSWER) {
            return List.of();
        }
        return queries.pendingFor(user);
    }

    @Override
    public Result<AuthenticatorEnrolment> enrolment(UserKey key) {
        return users.find(key)
                .flatMap(User::totpSecret)
                .map(secret -> Result.success(AuthenticatorEnrolment.of(
                        ISSUER, key, secret, settings.current().totp())))
                .orElseGet(() ->
                        Result.reject(ErrorCode.UNREGISTERED_USER, "user " + key + " has no TOTP secret enrolled"));
    }

    @Override
    public PhoneAnswering behaviour(UserKey user) {
        return behaviours.find(user);
    }

    @Override
    public Result<PhoneAnswering> setBehaviour(UserKey user, PhoneAnswering behaviour) {
        if (users.find(user).isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user + " is not registered");
        }
        behaviours.save(user, behaviour);
        events.publish(new SimEvent.PhoneBehaviourSet(
                user.value(), behaviour.mode().name(), behaviour.delay().toMillis()));
        return Result.success(behaviour);
    }
}
