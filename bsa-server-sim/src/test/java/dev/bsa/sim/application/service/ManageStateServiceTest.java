package dev.bsa.sim.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.sim.adapter.out.clock.ControllableClock;
import dev.bsa.sim.adapter.out.event.EventFeed;
import dev.bsa.sim.adapter.out.fault.FaultPlan;
import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.adapter.out.persistence.JooqClientRepository;
import dev.bsa.sim.adapter.out.persistence.JooqDeviceRegistry;
import dev.bsa.sim.adapter.out.persistence.JooqLinkRepository;
import dev.bsa.sim.adapter.out.persistence.JooqPhoneBehaviourStore;
import dev.bsa.sim.adapter.out.persistence.JooqSettingsRepository;
import dev.bsa.sim.adapter.out.persistence.JooqSigningKeyStore;
import dev.bsa.sim.adapter.out.persistence.JooqStateArchive;
import dev.bsa.sim.adapter.out.persistence.JooqUserRepository;
import dev.bsa.sim.adapter.out.random.SecureRandomKeySource;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.Seed;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ManageStateUseCase.SigningKeyOnImport;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reset, seeding and import over the real stores (H2 in memory): all or nothing, faults cleared, and
 * the signing key the running simulator uses always kept.
 */
class ManageStateServiceTest {

    private static final ClientKey SHOP = new ClientKey("shop");
    private static final Client SHOP_CLIENT = new Client(SHOP, "Shop", EnumSet.of(AuthMethod.PUSH));
    private static final Seed.SeedUser UMA = new Seed.SeedUser(
            new UserKey("uma"),
            UserStatus.ACTIVE,
            true,
            Optional.of("uma-phone-token"),
            Optional.empty(),
            Optional.of(new PhoneAnswering(PhoneAnswering.Mode.AUTO_REJECT, Duration.ZERO)),
            List.of(SHOP));
    private static final Seed.SeedUser VIC_LINKED_TO_NOWHERE = new Seed.SeedUser(
            new UserKey("vic"),
            UserStatus.ACTIVE,
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(new ClientKey("nowhere")));
    private static final Settings SEEDED_SETTINGS = Settings.defaults().withAuthDeadline(Duration.ofSeconds(20));

    private final Database database = Database.open(SimulatorConfig.inMemoryDatabase());
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final EventFeed events = new EventFeed(clock);
    private final FaultPlan faults = new FaultPlan();
    private final JooqStateArchive archive = new JooqStateArchive(database.dsl());
    private final JooqSigningKeyStore signingKeys = new JooqSigningKeyStore(database.dsl());
    private final JooqSettingsRepository settings = new JooqSettingsRepository(database.dsl());
    private final JooqUserRepository users = new JooqUserRepository(database.dsl());
    private final SecureRandomKeySource random = new SecureRandomKeySource();
    private final JooqDeviceRegistry deviceRegistry = new JooqDeviceRegistry(database.dsl());
    private final ManageDirectoryService directory = new ManageDirectoryService(
            new JooqClientRepository(database.dsl()),
            users,
            new JooqLinkRepository(database.dsl()),
            deviceRegistry,
            random,
            events);
    private final ManageDevicesService devices = new ManageDevicesService(
            users, deviceRegistry, new JooqPhoneBehaviourStore(database.dsl()), null, settings, random, events, clock);

    @AfterEach
    void closeTheDatabase() {
        database.close();
    }

    @Test
    void seedingANewStore_loadsEveryPartOfTheSeed() {
        state(new Seed(Optional.of(SEEDED_SETTINGS), List.of(SHOP_CLIENT), List.of(UMA)))
                .prepareAtStart(true, UnaryOperator.identity());

        assertThat(directory.clients()).containsExactly(SHOP_CLIENT);
        assertThat(directory.user(UMA.key())).hasValueSatisfying(user -> {
            assertThat(user.deviceRegistered()).isTrue();
            assertThat(user.totpSecret())
                    .as("a random secret when the seed gives none")
                    .isPresent();
        });
        assertThat(directory.links())
                .extracting(link -> link.user().value() + "->" + link.client().value())
                .containsExactly("uma->shop");
        assertThat(devices.authenticate("uma-phone-token")).contains(UMA.key());
        assertThat(devices.behaviour(UMA.key()).mode()).isEqualTo(PhoneAnswering.Mode.AUTO_REJECT);
        assertThat(settings.current()).isEqualTo(SEEDED_SETTINGS);
    }

    @Test
    void givenASeedThatFailsPartWay_seedingANewStore_leavesNothingOfIt() {
        ManageStateService state = state(
                new Seed(Optional.of(SEEDED_SETTINGS), List.of(SHOP_CLIENT), List.of(UMA, VIC_LINKED_TO_NOWHERE)));

        assertThatThrownBy(() -> state.prepareAtStart(true, UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");

        assertThat(directory.clients()).isEmpty();
        assertThat(directory.users()).isEmpty();
        assertThat(directory.links()).isEmpty();
        assertThat(devices.authenticate("uma-phone-token")).isEmpty();
        assertThat(settings.current()).isEqualTo(Settings.defaults());
    }

    @Test
    void aSeedGivingTwoUsersTheSamePhoneToken_isRefused_andStoresNothing() {
        Seed.SeedUser wes = new Seed.SeedUser(
                new UserKey("wes"),
                UserStatus.ACTIVE,
                true,
                Optional.of("uma-phone-token"),
                Optional.empty(),
                Optional.empty(),
                List.of());
        ManageStateService state = state(new Seed(Optional.empty(), List.of(SHOP_CLIENT), List.of(UMA, wes)));

        assertThatThrownBy(() -> state.prepareAtStart(true, UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wes")
                .hasMessageContaining("another user's phone");

        assertThat(directory.users()).isEmpty();
        assertThat(devices.authenticate("uma-phone-token")).isEmpty();
    }

    @Test
    void givenASeedThatFailsPartWay_aReset_leavesAnEmptyStore_exceptTheSigningKey() {
        signingKeys.save("{\"the\":\"running key\"}");
        ManageStateService state =
                state(new Seed(Optional.empty(), List.of(SHOP_CLIENT), List.of(UMA, VIC_LINKED_TO_NOWHERE)));

        assertThatThrownBy(state::reset).isInstanceOf(IllegalArgumentException.class);

        assertThat(directory.clients()).isEmpty();
        assertThat(directory.users()).isEmpty();
        assertThat(signingKeys.load()).contains("{\"the\":\"running key\"}");
    }

    @Test
    void aReset_bringsBackTheSeed_clearsTheFaults_andKeepsTheSigningKey() {
        signingKeys.save("{\"the\":\"running key\"}");
        ManageStateService state = state(new Seed(Optional.of(SEEDED_SETTINGS), List.of(SHOP_CLIENT), List.of(UMA)));
        state.prepareAtStart(true, UnaryOperator.identity());
        directory.deleteUser(UMA.key());
        directory.saveUser(new UserKey("zoe"), UserStatus.WITHDRAWN, false, Optional.empty());
        settings.save(Settings.defaults());
        faults.failNext(FaultKind.PUSH, 3);

        state.reset();

        assertThat(directory.users()).extracting(user -> user.key().value()).containsExactly("uma");
        assertThat(settings.current()).isEqualTo(SEEDED_SETTINGS);
        assertThat(faults.pending().values()).containsOnly(0);
        assertThat(signingKeys.load()).contains("{\"the\":\"running key\"}");
        assertThat(events.recent()).last().extracting(SimEvent.Numbered::event).isEqualTo(new SimEvent.StateReset());
    }

    @Test
    void anImport_replacesTheState_butKeepsTheRunningSigningKey_evenWhenTheDocumentCarriesAnother() {
        ManageStateService state = state(new Seed(Optional.empty(), List.of(SHOP_CLIENT), List.of(UMA)));
        signingKeys.save("{\"the\":\"exporting simulator's key\"}");
        state.prepareAtStart(true, UnaryOperator.identity());
        String exported = state.export();
        state.reset();
        directory.deleteUser(UMA.key());
        signingKeys.save("{\"the\":\"running key\"}");
        faults.failNext(FaultKind.NODE, 1);

        assertThat(state.importState(exported, SigningKeyOnImport.KEPT).isSuccess())
                .isTrue();

        assertThat(directory.user(UMA.key())).isPresent();
        assertThat(signingKeys.load()).contains("{\"the\":\"running key\"}");
        assertThat(faults.pending().values()).containsOnly(0);
    }

    @Test
    void aMalformedImport_isRefusedWith2002_andChangesNothing() {
        ManageStateService state = state(new Seed(Optional.empty(), List.of(SHOP_CLIENT), List.of(UMA)));
        state.prepareAtStart(true, UnaryOperator.identity());
        String before = state.export();
        faults.failNext(FaultKind.CHANNEL, 2);

        assertThat(state.importState("{\"format\":\"something else\"}", SigningKeyOnImport.KEPT)
                        .errorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMETER);

        assertThat(state.export()).isEqualTo(before);
        assertThat(faults.pending()).containsEntry(FaultKind.CHANNEL, 2);
    }

    private ManageStateService state(Seed seed) {
        return new ManageStateService(
                archive,
                signingKeys,
                random,
                settings,
                faults,
                events,
                seed,
                new ControlClockService(ControllableClock.system(), () -> 0, events),
                new ArrangedOutcomes());
    }
}
