package dev.bsa.sim.app;

import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.port.out.DrivenPorts;
import dev.bsa.domain.service.BsaServices;
import dev.bsa.domain.service.ClientPolicy;
import dev.bsa.sim.adapter.out.channel.SimulatedChannelGateway;
import dev.bsa.sim.adapter.out.clock.SimulatorClock;
import dev.bsa.sim.adapter.out.node.SimulatedNodeVerifier;
import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.adapter.out.persistence.JooqAppOtpCodeRepository;
import dev.bsa.sim.adapter.out.persistence.JooqAuditLog;
import dev.bsa.sim.adapter.out.persistence.JooqClientRepository;
import dev.bsa.sim.adapter.out.persistence.JooqDeviceRegistry;
import dev.bsa.sim.adapter.out.persistence.JooqLinkRepository;
import dev.bsa.sim.adapter.out.persistence.JooqPhoneBehaviourStore;
import dev.bsa.sim.adapter.out.persistence.JooqRefreshTokenStore;
import dev.bsa.sim.adapter.out.persistence.JooqSessionRepository;
import dev.bsa.sim.adapter.out.persistence.JooqSettingsRepository;
import dev.bsa.sim.adapter.out.persistence.JooqSigningKeyStore;
import dev.bsa.sim.adapter.out.persistence.JooqStateArchive;
import dev.bsa.sim.adapter.out.persistence.JooqTotpStateRepository;
import dev.bsa.sim.adapter.out.persistence.JooqUserRepository;
import dev.bsa.sim.adapter.out.push.SimulatedPushGateway;
import dev.bsa.sim.adapter.out.random.SecureRandomKeySource;
import dev.bsa.sim.adapter.out.token.NimbusTokenAuthority;
import dev.bsa.sim.adapter.out.token.TokenLifetimes;
import dev.bsa.sim.adapter.out.totp.JavaOtpTotpCodeGenerator;
import dev.bsa.sim.control.AuditTrail;
import dev.bsa.sim.control.ChannelFeed;
import dev.bsa.sim.control.ControlPlane;
import dev.bsa.sim.control.DeviceService;
import dev.bsa.sim.control.DirectoryService;
import dev.bsa.sim.control.EventFeed;
import dev.bsa.sim.control.FaultPlan;
import dev.bsa.sim.control.PhoneSimulator;
import dev.bsa.sim.control.PushInbox;
import dev.bsa.sim.control.Seed;
import dev.bsa.sim.control.StateService;
import dev.bsa.sim.control.StatusBroadcast;
import dev.bsa.sim.control.TimeService;
import dev.bsa.sim.control.TokenService;
import dev.bsa.sim.control.port.SigningKeyStore;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the simulator is assembled by hand: adapters, domain services and control plane.
 *
 * @param database   the open database
 * @param clock      the simulator's clock
 * @param services   the domain's use cases
 * @param control    the control plane
 * @param phones     the auto-answering phones
 * @param adminToken the control plane's bearer token
 * @param deferred   what the start leaves until the server listens: the signing key of a new database
 */
record Wiring(Database database, SimulatorClock clock, BsaServices services, ControlPlane control,
        PhoneSimulator phones, String adminToken, Runnable deferred) implements AutoCloseable {

    /** The issuer of access tokens. */
    static final String TOKEN_ISSUER = "bsa-simulator";

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    static Wiring build(SimulatorConfig config) {
        // The seed is read and checked before the database is touched: a bad seed changes nothing.
        Seed seed = withOverrides(SeedLoading.load(config.seed()), config);
        SimulatorClock clock = config.virtualClock().map(SimulatorClock::virtual).orElseGet(SimulatorClock::system);
        Database database = Database.open(config.jdbcUrl());
        try {
            return assemble(config, seed, clock, database);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    private static Wiring assemble(SimulatorConfig config, Seed seed, SimulatorClock clock, Database database) {
        DSLContext sql = database.dsl();
        SecureRandomKeySource random = new SecureRandomKeySource();
        FaultPlan faults = new FaultPlan();
        EventFeed events = new EventFeed(clock);
        ChannelFeed channels = new ChannelFeed();
        PushInbox inbox = new PushInbox();
        JooqAuditLog audit = new JooqAuditLog(sql);
        JooqSigningKeyStore signingKeys = new JooqSigningKeyStore(sql);
        NimbusTokenAuthority tokens = new NimbusTokenAuthority(signingKeys,
                new JooqRefreshTokenStore(sql), random, TOKEN_ISSUER, TokenLifetimes.defaults());
        JooqSettingsRepository settings = new JooqSettingsRepository(sql);
        DrivenPorts ports = new DrivenPorts(new JooqClientRepository(sql), new JooqUserRepository(sql),
                new JooqLinkRepository(sql), new JooqSessionRepository(sql), new JooqAppOtpCodeRepository(sql),
                new JooqTotpStateRepository(sql), settings, random, new SimulatedPushGateway(faults, inbox),
                new SimulatedChannelGateway(faults), new SimulatedNodeVerifier(faults), tokens,
                new StatusBroadcast(List.of(new AuditTrail(audit, clock), channels,
                        update -> events.publish("status", describe(update)))),
                new JavaOtpTotpCodeGenerator(), clock);
        BsaServices services = BsaServices.wire(ports);

        JooqPhoneBehaviourStore behaviours = new JooqPhoneBehaviourStore(sql);
        PhoneSimulator phones = new PhoneSimulator(behaviours, services.deviceApprove(), services.deviceReject());
        inbox.subscribe(phones::onPush);
        inbox.subscribe(push -> events.publish("push", Map.of("sessionId", push.session().value(),
                "userKey", push.user().value(), "clientKey", push.client().value(), "method", push.method().name())));

        DirectoryService directory = new DirectoryService(ports.clients(), ports.users(), ports.links(), random, events);
        DeviceService devices = new DeviceService(ports.users(), new JooqDeviceRegistry(sql), behaviours,
                services.queries(), settings, random, events, clock);
        StateService state = new StateService(new JooqStateArchive(sql), runningKey(signingKeys, tokens), directory, devices,
                settings, faults, events, seed);
        // Only a database this start created gets the seed; one that holds the state of an earlier run keeps it.
        if (database.created()) {
            state.seedNewStore();
        } else {
            settings.save(overridden(settings.current(), config));
            if (!(config.seed() instanceof SimulatorConfig.SeedSource.None)) {
                LOG.info("The database holds the state of an earlier run, which is kept; the seed is loaded by a reset");
            }
        }
        ControlPlane control = new ControlPlane(directory, devices, faults,
                new TimeService(clock, services.expireDue(), events), state,
                new TokenService(new ClientPolicy(ports.clients()), tokens, clock), events, channels, settings,
                ports.sessions(), ports.totpState(), audit);
        String adminToken = config.adminToken().orElseGet(() ->
                Base64.getUrlEncoder().withoutPadding().encodeToString(random.nextBytes(24)));
        return new Wiring(database, clock, services, control, phones, adminToken, tokens::ensureSigningKey);
    }

    /**
     * The key store as reset and import see it: they keep the key the simulator signs with, so reading it
     * first makes sure it exists (a new database gets its key only after the start, or on first need).
     */
    private static SigningKeyStore runningKey(SigningKeyStore store, NimbusTokenAuthority tokens) {
        return new SigningKeyStore() {
            @Override
            public Optional<String> load() {
                tokens.ensureSigningKey();
                return store.load();
            }

            @Override
            public void save(String privateJwkJson) {
                store.save(privateJwkJson);
            }
        };
    }

    private static Seed withOverrides(Seed seed, SimulatorConfig config) {
        Settings base = seed.settings().orElseGet(Settings::defaults);
        return new Seed(Optional.of(overridden(base, config)), seed.clients(), seed.users());
    }

    private static Settings overridden(Settings base, SimulatorConfig config) {
        Settings result = config.authDeadline().map(base::withAuthDeadline).orElse(base);
        return config.totpLimit().map(limit -> result.withTotp(result.totp().withDailyLimit(limit))).orElse(result);
    }

    private static Map<String, Object> describe(StatusUpdate update) {
        Map<String, Object> data = new HashMap<>();
        data.put("sessionId", update.session().id().value());
        data.put("method", update.session().method().name());
        data.put("clientKey", update.session().client().value());
        update.session().user().ifPresent(user -> data.put("userKey", user.value()));
        data.put("status", update.status().wireName());
        data.put("sequence", update.sequence());
        if (update.isFinal()) {
            update.session().error().ifPresent(code -> data.put("errorCode", code.code()));
        }
        return data;
    }

    /** The JDBC URL without credentials, for logs. */
    static String describe(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }

    @Override
    public void close() {
        phones.close();
        database.close();
    }
}
