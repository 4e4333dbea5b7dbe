package dev.bsa.sim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.application.model.Base32;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.Seed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed files, YAML or JSON, read into a {@link Seed}; every mistake named in one message. */
class SeedFileTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final String YAML = """
            settings:
              authDeadlineSeconds: 30
              appOtp: {digits: 8, validitySeconds: 90}
              totp: {algorithm: SHA256, digits: 8, stepSeconds: 30, window: 2, dailyLimit: 9, dayZone: Asia/Seoul}
            clients:
              - key: shop
                name: The Shop
                loginTypes: [PUSH, otp, TOTP, QR]
              - key: bare-shop
                loginTypes: []
            users:
              - key: alice
                deviceToken: alice-phone-token
                totpSecret: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
                phone: {mode: AUTO_APPROVE, delayMillis: 1500}
                links: [shop, bare-shop]
              - key: bob
                status: withdrawn
                device: false
                links: []
            """;

    /** The same seed as {@link #YAML}, as a JSON file indented with tabs (as many editors write it). */
    private static final String JSON = """
            {
            \t"settings": {
            \t\t"authDeadlineSeconds": 30,
            \t\t"appOtp": {"digits": 8, "validitySeconds": 90},
            \t\t"totp": {"algorithm": "SHA256", "digits": 8, "stepSeconds": 30, "window": 2, "dailyLimit": 9,
            \t\t\t"dayZone": "Asia/Seoul"}
            \t},
            \t"clients": [
            \t\t{"key": "shop", "name": "The Shop", "loginTypes": ["PUSH", "otp", "TOTP", "QR"]},
            \t\t{"key": "bare-shop", "loginTypes": []}
            \t],
            \t"users": [
            \t\t{"key": "alice", "deviceToken": "alice-phone-token", "totpSecret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            \t\t\t"phone": {"mode": "AUTO_APPROVE", "delayMillis": 1500}, "links": ["shop", "bare-shop"]},
            \t\t{"key": "bob", "status": "withdrawn", "device": false, "links": []}
            \t]
            }
            """;

    @Test
    void aJsonSeedAndTheSameYamlSeed_readToEqualSeeds() {
        assertThat(read(JSON, "seed.json")).isEqualTo(read(YAML));
    }

    @Test
    void jsonThatYamlCannotRead_isReadAsJson_evenWithoutTheJsonExtension() {
        assertThat(read(JSON, "seed.txt")).isEqualTo(read(YAML));
    }

    @Test
    void everyPartOfASeed_isRead() {
        Seed seed = read(YAML);

        Settings settings = seed.settings().orElseThrow();
        assertThat(settings.authDeadline()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.appOtp().digits()).isEqualTo(8);
        assertThat(settings.appOtp().validity()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.totp().algorithm()).isEqualTo(TotpAlgorithm.SHA256);
        assertThat(settings.totp().digits()).isEqualTo(8);
        assertThat(settings.totp().step()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.totp().window()).isEqualTo(2);
        assertThat(settings.totp().dailyLimit()).isEqualTo(9);
        assertThat(settings.totp().dayZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(seed.clients())
                .containsExactly(
                        new Client(new ClientKey("shop"), "The Shop", Set.of(AuthMethod.values())),
                        new Client(new ClientKey("bare-shop"), "bare-shop", Set.of()));

        Seed.SeedUser alice = seed.users().get(0);
        assertThat(alice.key()).isEqualTo(new UserKey("alice"));
        assertThat(alice.status()).as("the default status").isEqualTo(UserStatus.ACTIVE);
        assertThat(alice.device()).as("a phone by default").isTrue();
        assertThat(alice.deviceToken()).contains("alice-phone-token");
        assertThat(alice.totpSecret().orElseThrow().bytes()).isEqualTo(Base32.decode(SECRET));
        assertThat(alice.phone())
                .contains(new PhoneAnswering(PhoneAnswering.Mode.AUTO_APPROVE, Duration.ofMillis(1500)));
        assertThat(alice.links()).containsExactly(new ClientKey("shop"), new ClientKey("bare-shop"));

        Seed.SeedUser bob = seed.users().get(1);
        assertThat(bob.status()).isEqualTo(UserStatus.WITHDRAWN);
        assertThat(bob.device()).isFalse();
        assertThat(bob.deviceToken()).isEmpty();
        assertThat(bob.totpSecret()).as("made at random when seeded").isEmpty();
        assertThat(bob.phone()).isEmpty();
        assertThat(bob.links()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(UserStatus.class)
    void everyUserStatus_canBeSeeded(UserStatus status) {
        Seed seed = read("users: [{key: u, status: " + status.name().toLowerCase(java.util.Locale.ROOT) + "}]");

        assertThat(seed.users().get(0).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(PhoneAnswering.Mode.class)
    void everyPhoneBehaviour_canBeSeeded(PhoneAnswering.Mode mode) {
        Seed seed = read("users: [{key: u, phone: {mode: " + mode + ", delayMillis: 250}}]");

        assertThat(seed.users().get(0).phone()).contains(new PhoneAnswering(mode, Duration.ofMillis(250)));
    }

    @Test
    void anEmptyFile_isAnEmptySeed() {
        assertThat(read("")).isEqualTo(Seed.empty());
        assertThat(read("# nothing yet\n")).isEqualTo(Seed.empty());
    }

    @Test
    void aSeedWithoutSettings_leavesTheSettingsToTheSimulator() {
        assertThat(read("clients: []").settings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown status           | users: [{key: u}, {key: v, status: SLEEPING}]                | seed.yaml: users[1].status: must be one of ACTIVE, UNAPPROVED, TEMPORARILY_SUSPENDED, PERMANENTLY_SUSPENDED, WITHDRAWN, was SLEEPING
            a secret that is not Base32 | users: [{key: u, totpSecret: 'not base32 at all!'}]          | seed.yaml: users[0].totpSecret: must match ^[A-Za-z2-7 ]+=*$, was not base32 at all!
            a secret that is too short  | users: [{key: u, totpSecret: JBSWY3DP}]                      | seed.yaml: users[0].totpSecret: must have at least 16 characters, was JBSWY3DP
            a secret of too few bytes   | users: [{key: u, totpSecret: 'JBSW Y3DP JBSW Y3D'}]          | seed.yaml: users[0].totpSecret: a TOTP secret needs at least 10 bytes
            a duplicate user            | users: [{key: u}, {key: v}, {key: u, status: WITHDRAWN}]     | seed.yaml: users[2].key: user u is defined twice
            a duplicate client          | clients: [{key: shop}, {key: shop, loginTypes: [PUSH]}]      | seed.yaml: clients[1].key: client shop is defined twice
            a link to an unknown client | users: [{key: u, links: [nowhere]}]                          | seed.yaml: users[0].links[0]: client nowhere is not defined under clients
            an unknown login type       | clients: [{key: shop, loginTypes: [PUSH, FAX]}]              | seed.yaml: clients[0].loginTypes[1]: must be one of PUSH, OTP, TOTP, QR, was FAX
            an unknown phone mode       | users: [{key: u, phone: {mode: RINGING}}]                    | seed.yaml: users[0].phone.mode: must be one of MANUAL, AUTO_APPROVE, AUTO_REJECT, NEVER_ANSWER, was RINGING
            a phone without a mode      | users: [{key: u, phone: {delayMillis: 5}}]                   | seed.yaml: users[0].phone.mode: is required
            a negative phone delay      | users: [{key: u, phone: {mode: AUTO_APPROVE, delayMillis: -1}}] | seed.yaml: users[0].phone.delayMillis: must be between 0 and 600000, was -1
            a malformed user key        | users: [{key: 'has space'}]                                  | seed.yaml: users[0].key: must match ^[A-Za-z0-9._@+-]{1,64}$, was has space
            a malformed client key      | clients: [{key: 'shop!'}]                                    | seed.yaml: clients[0].key: must match ^[A-Za-z0-9_-]{1,64}$, was shop!
            a user key YAML reads as a number | users: [{key: 1001}]                                   | seed.yaml: users[0].key: must be text, was 1001
            a user without a key        | users: [{status: ACTIVE}]                                    | seed.yaml: users[0].key: is required
            a client without a key      | clients: [{name: Nameless}]                                  | seed.yaml: clients[0].key: is required
            a device token too short    | users: [{key: u, deviceToken: short}]                        | seed.yaml: users[0].deviceToken: must have between 8 and 200 characters, was short
            a device token used twice   | users: [{key: u, deviceToken: same-token-1}, {key: v, deviceToken: same-token-1}] | seed.yaml: users[1].deviceToken: is already user u's
            a token for no device       | users: [{key: u, device: false, deviceToken: a-phone-token}] | seed.yaml: users[0].deviceToken: given, but device is false
            a deadline out of range     | settings: {authDeadlineSeconds: 0}                           | seed.yaml: settings.authDeadlineSeconds: must be between 1 and 3600, was 0
            a TOTP algorithm in lower case | settings: {totp: {algorithm: sha1}}                       | seed.yaml: settings.totp.algorithm: must be one of SHA1, SHA256, SHA512, was sha1
            an unknown zone             | settings: {totp: {dayZone: Mars/Olympus}}                    | seed.yaml: settings: totp.dayZone is not a known time zone: Mars/Olympus
            an unknown field            | users: [{key: u, colour: blue}]                              | seed.yaml: users[0].colour: is not a known field (known: device, deviceToken, key, links, phone, status, totpSecret)
            an unknown section          | roles: []                                                    | seed.yaml: roles: is not a known field (known: clients, settings, users)
            a value of the wrong type   | users: [{key: u, status: [ACTIVE]}]                          | seed.yaml: users[0].status: must be one of ACTIVE
            a wrong type of number      | settings: {authDeadlineSeconds: soon}                        | seed.yaml: settings.authDeadlineSeconds: must be a whole number, was soon
            a list where a mapping goes | users: {key: u}                                              | seed.yaml: users: must be a list
            two problems                | users: [{key: u, status: SLEEPING, device: maybe}]           | (and 1 more problem)
            malformed YAML              | 'users: [{key: u, status: ACTIVE'                            | (line 1, column 32)
            """)
    void aBadSeed_isRefused_withAMessageNamingTheFileAndTheProblem(String problem, String yaml, String message) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("seed.yaml")
                .hasMessageContaining(message);
    }

    @Test
    void aSectionGivenTwice_isRefused_ratherThanTheFirstOneSilentlyIgnored() {
        assertThatThrownBy(() -> read("users: [{key: u}]\nclients: []\nusers: [{key: v}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate field 'users'");
    }

    @Test
    void aMalformedJsonSeed_namesTheLineOfTheMistake() {
        assertThatThrownBy(() -> read("{\n  \"users\": [\n    {\"key\": \"u\",}\n  ]\n}", "seed.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("seed.json is not a valid seed")
                .hasMessageContaining("line 3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            users: [{key: u, colour: blue}]
            users: [{key: u, status: [ACTIVE]}]
            settings: {authDeadlineSeconds: soon}
            """)
    void aMistakeInTheSeed_isExplainedInTheSeedsTerms_notWithTheReadersClassNames(String yaml) {
        assertThatThrownBy(() -> read(yaml)).hasMessageNotContaining("dev.bsa").hasMessageNotContaining("JsonToken");
    }

    private static Seed read(String text) {
        return read(text, "seed.yaml");
    }

    private static Seed read(String text, String name) {
        return SeedFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }
}
