package dev.bsa.sim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.PhoneAnswering.Mode;
import dev.bsa.sim.application.model.Seed;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in demo seed gives what the README and the banner promise: a user for every outcome. */
class DemoSeedTest {

    private static final Seed DEMO = SeedLoading.load(SeedSource.demo());
    private static final ClientKey DEMO_CLIENT = new ClientKey("demo-client-key");
    private static final ClientKey UNCONFIGURED_CLIENT = new ClientKey("unconfigured-client-key");
    private static final Map<String, Seed.SeedUser> USERS =
            DEMO.users().stream().collect(Collectors.toMap(user -> user.key().value(), Function.identity()));

    @Test
    void theDemoClient_allowsEveryLoginType_andTheOtherClientNone() {
        assertThat(DEMO.clients())
                .containsExactly(
                        new Client(DEMO_CLIENT, "Demo Shop", EnumSet.allOf(AuthMethod.class)),
                        new Client(UNCONFIGURED_CLIENT, "Shop Without Login Type", EnumSet.noneOf(AuthMethod.class)));
    }

    @Test
    void theDemoSeed_hasExactlyTheTenUsersTheBannerNames() {
        assertThat(DEMO.users())
                .extracting(user -> user.key().value())
                .containsExactly("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy");
    }

    @ParameterizedTest(name = "{0}: {1}, phone {2} after {3} ms")
    @CsvSource(textBlock = """
            alice, ACTIVE,                MANUAL,       0
            bob,   ACTIVE,                AUTO_APPROVE, 1500
            carol, ACTIVE,                AUTO_REJECT,  1500
            dave,  ACTIVE,                NEVER_ANSWER, 0
            erin,  UNAPPROVED,            MANUAL,       0
            frank, TEMPORARILY_SUSPENDED, MANUAL,       0
            grace, PERMANENTLY_SUSPENDED, MANUAL,       0
            heidi, WITHDRAWN,             MANUAL,       0
            """)
    void everyUserWithAPhone_hasTheStatusAndPhoneTheBannerDescribes_andTheFixedDeviceToken(
            String key, UserStatus status, Mode mode, long delayMillis) {
        Seed.SeedUser user = USERS.get(key);

        assertThat(user.status()).isEqualTo(status);
        assertThat(user.device()).isTrue();
        assertThat(user.deviceToken()).contains("demo-device-" + key);
        assertThat(user.phone().orElse(PhoneAnswering.manual()))
                .isEqualTo(new PhoneAnswering(mode, Duration.ofMillis(delayMillis)));
        assertThat(user.links()).contains(DEMO_CLIENT);
    }

    @Test
    void everyStatus_hasAUser() {
        assertThat(DEMO.users()).extracting(Seed.SeedUser::status).containsAll(EnumSet.allOf(UserStatus.class));
    }

    @Test
    void ivan_isActiveAndLinked_butHasNoPhone() {
        Seed.SeedUser ivan = USERS.get("ivan");

        assertThat(ivan.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(ivan.device()).isFalse();
        assertThat(ivan.deviceToken()).isEmpty();
        assertThat(ivan.links()).containsExactly(DEMO_CLIENT);
    }

    @Test
    void judy_isActiveWithAPhone_butLinkedToNoSite() {
        Seed.SeedUser judy = USERS.get("judy");

        assertThat(judy.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(judy.device()).isTrue();
        assertThat(judy.links()).isEmpty();
    }

    @Test
    void alice_isAlsoLinkedToTheUnconfiguredClient_soItsMissingLoginTypeCanBeTried() {
        assertThat(USERS.get("alice").links()).containsExactly(DEMO_CLIENT, UNCONFIGURED_CLIENT);
    }

    @Test
    void theActiveUsersWithAPhone_haveFixedTotpSecrets_soAnAuthenticatorAppIsEnrolledOnce() {
        List<Optional<?>> secrets = List.of("alice", "bob", "carol", "dave").stream()
                .map(key -> USERS.get(key).totpSecret())
                .collect(Collectors.toList());

        assertThat(secrets).allSatisfy(secret -> assertThat(secret).isPresent()).doesNotHaveDuplicates();
    }

    @Test
    void theDemoSeed_keepsTheServicesDefaultSettings() {
        assertThat(DEMO.settings()).isEmpty();
    }
}
