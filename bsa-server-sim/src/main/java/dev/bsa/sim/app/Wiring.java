package dev.bsa.sim.app;

import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.out.DrivenPorts;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.service.BsaServices;
import dev.bsa.domain.service.ClientPolicy;
import dev.bsa.sim.adapter.in.phone.SimulatedPhones;
import dev.bsa.sim.adapter.out.channel.SimulatedChannelGateway;
import dev.bsa.sim.adapter.out.clock.ControllableClock;
import dev.bsa.sim.adapter.out.event.AuditTrail;
import dev.bsa.sim.adapter.out.event.ChannelFeed;
import dev.bsa.sim.adapter.out.event.EventFeed;
import dev.bsa.sim.adapter.out.event.StatusBroadcast;
import dev.bsa.sim.adapter.out.event.StatusEvents;
import dev.bsa.sim.adapter.out.fault.FaultPlan;
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
import dev.bsa.sim.adapter.out.persistence.ReadMostlyCache;
import dev.bsa.sim.adapter.out.push.PushInbox;
import dev.bsa.sim.adapter.out.push.SimulatedPushGateway;
import dev.bsa.sim.adapter.out.random.SecureRandomKeySource;
import dev.bsa.sim.adapter.out.token.NimbusTokenAuthority;
import dev.bsa.sim.adapter.out.token.TokenLifetimes;
import dev.bsa.sim.adapter.out.totp.JavaOtpTotpCodeGenerator;
import dev.bsa.sim.application.model.Seed;
import dev.bsa.sim.application.port.in.ApplyRetentionUseCase;
import dev.bsa.sim.application.port.in.ControlPlane;
import dev.bsa.sim.application.service.ApplyRetentionService;
import dev.bsa.sim.application.service.ArrangeOutcomeService;
import dev.bsa.sim.application.service.ArrangedOutcomes;
import dev.bsa.sim.application.service.AuthenticateWebsiteService;
import dev.bsa.sim.application.service.ControlClockService;
import dev.bsa.sim.application.service.FollowEventsService;
import dev.bsa.sim.application.service.InjectFaultsService;
import dev.bsa.sim.application.service.InspectSimulationService;
import dev.bsa.sim.application.service.ManageDevicesService;
import dev.bsa.sim.application.service.ManageDirectoryService;
import dev.bsa.sim.application.service.ManageSettingsService;
import dev.bsa.sim.application.service.ManageStateService;
import dev.bsa.sim.application.service.OutcomeAwareLogins;
import dev.bsa.sim.application.service.WatchChannelService;
import dev.bsa.sim.application.service.WebsiteTokensService;
import java.util.List;
import java.util.function.BiFunction;
import org.jooq.DSLContext;

/**
 * The one place the simulator is assembled by hand: adapters, the domain's use cases and the control plane's.
 *
 * @param database   the open database
 * @param clock      the simulator's clock
 * @param services   the domain's use cases
 * @param control    the control plane's use cases
 * @param phones     the auto-answering phones
 * @param adminToken the control plane's bearer token
 * @param seeded     whether this start loaded the seed (it created the database)
 * @param deferred   what the start waits for once the server listens: the signing key of a new database, made and
 *                   stored meanwhile
 * @param retention  the retention job
 */
record Wiring(
        Database database,
        ControllableClock clock,
        BsaUseCases services,
        ControlPlane control,
        SimulatedPhones phones,
        String adminToken,
        boolean seeded,
        Runnable deferred,
        ApplyRetentionUseCase retention)
        implements AutoCloseable {

    /** The issuer of access tokens. */
    static final String TOKEN_ISSUER = "bsa-simulator";

    static Wiring build(SimulatorConfig config) {
        // The seed is read and checked before the database is touched: a bad seed changes nothing.
        Seed loaded = SeedLoading.load(config.seed());
        Seed seed = loaded.withSettings(config.overriding(loaded.settings().orElseGet(Settings::defaults)));
        ControllableClock clock =
                config.virtualClock().map(ControllableClock::virtual).orElseGet(ControllableClock::system);
        Database database = Database.open(config.jdbcUrl());
        try {
            return assemble(config, seed, clock, database);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    private static Wiring assemble(SimulatorConfig config, Seed seed, ControllableClock clock, Database database) {
        DSLContext sql = database.dsl();
        SecureRandomKeySource random = new SecureRandomKeySource();
        FaultPlan faults = new FaultPlan();
        EventFeed events = new EventFeed(clock);
        ChannelFeed channels = new ChannelFeed();
        PushInbox inbox = new PushInbox(events);
        JooqAuditLog audit = new JooqAuditLog(sql);
        JooqSigningKeyStore signingKeys = new JooqSigningKeyStore(sql);
        JooqRefreshTokenStore refreshTokens = new JooqRefreshTokenStore(sql);
        NimbusTokenAuthority tokens =
                new NimbusTokenAuthority(signingKeys, refreshTokens, random, TOKEN_ISSUER, TokenLifetimes.defaults());
        ReadMostlyCache cache = database.readCache().orElse(null);
        SettingsRepository settings = cached(cache, new JooqSettingsRepository(sql), ReadMostlyCache::settings);
        DrivenPorts ports = new DrivenPorts(
                cached(cache, new JooqClientRepository(sql), ReadMostlyCache::clients),
                cached(cache, new JooqUserRepository(sql), ReadMostlyCache::users),
                cached(cache, new JooqLinkRepository(sql), ReadMostlyCache::links),
                new JooqSessionRepository(sql),
                new JooqAppOtpCodeRepository(sql),
                new JooqTotpStateRepository(sql),
                settings,
                random,
                new SimulatedPushGateway(faults, inbox),
                new SimulatedChannelGateway(faults),
                new SimulatedNodeVerifier(faults),
                tokens,
                new StatusBroadcast(List.of(new AuditTrail(audit, clock), channels, new StatusEvents(events))),
                new JavaOtpTotpCodeGenerator(),
                clock);
        ArrangedOutcomes arranged = new ArrangedOutcomes();
        BsaUseCases services = new OutcomeAwareLogins(
                        arranged, ports.users(), ports.appOtpCodes(), settings, ports.totpGenerator(), clock)
                .wrap(BsaServices.wire(ports));
        ClientPolicy clientPolicy = new ClientPolicy(ports.clients());

        JooqDeviceRegistry deviceRegistry = new JooqDeviceRegistry(sql);
        ManageDirectoryService directory = new ManageDirectoryService(
                ports.clients(), ports.users(), ports.links(), deviceRegistry, random, events);
        ManageDevicesService devices = new ManageDevicesService(
                ports.users(),
                deviceRegistry,
                new JooqPhoneBehaviourStore(sql),
                services.queries(),
                settings,
                random,
                events,
                clock);
        ControlClockService time = new ControlClockService(clock, services.expireDue(), events);
        ManageStateService state = new ManageStateService(
                cached(cache, new JooqStateArchive(sql), ReadMostlyCache::archive),
                tokens.runningKeyStore(),
                random,
                settings,
                faults,
                events,
                seed,
                time,
                arranged);
        boolean seeded = state.prepareAtStart(database.created(), config::overriding);
        InjectFaultsService faultInjection = new InjectFaultsService(faults);
        ArrangeOutcomeService outcomes = new ArrangeOutcomeService(
                arranged, services, directory, devices, faultInjection, time, ports.totpState(), settings, clock);
        ControlPlane control = new ControlPlane(
                directory,
                devices,
                faultInjection,
                time,
                new ManageSettingsService(settings),
                state,
                new WebsiteTokensService(clientPolicy, tokens, clock),
                new InspectSimulationService(
                        ports.sessions(), audit, ports.users(), ports.totpState(), settings, clock),
                new WatchChannelService(channels, ports.sessions()),
                new FollowEventsService(events),
                new AuthenticateWebsiteService(clientPolicy, faults),
                outcomes);
        SimulatedPhones phones =
                new SimulatedPhones(devices, outcomes, services.deviceApprove(), services.deviceReject());
        inbox.subscribe(phones::onPush);
        return new Wiring(
                database,
                clock,
                services,
                control,
                phones,
                config.adminTokenOrRandom(random),
                seeded,
                tokens::ensureSigningKey,
                new ApplyRetentionService(
                        BsaServices.purgeHistory(ports, config.retention()),
                        audit,
                        refreshTokens,
                        config.retention(),
                        clock));
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

    /** {@code stored} behind the read cache, where the database has one. */
    private static <T> T cached(ReadMostlyCache cache, T stored, BiFunction<ReadMostlyCache, T, T> behind) {
        return cache == null ? stored : behind.apply(cache, stored);
    }
}
