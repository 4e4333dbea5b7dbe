package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.deviceTokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import dev.bsa.sim.application.model.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every outcome of the catalogue is one call away: {@code POST /api/v1/admin/outcomes/next} arranges it, and the
 * next login (of the demo's alice, bob or a QR login) ends in it, through the real rules, over the real API.
 */
class OutcomeCatalogueTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Scenarios steps = new Scenarios(sim);

    /** What a login observes of each outcome: the code it ended with (0 for tokens). */
    private final Map<Outcome, Supplier<Integer>> logins = new EnumMap<>(Map.ofEntries(
            Map.entry(Outcome.APPROVED, () -> pushEndsWith("alice")),
            Map.entry(Outcome.REJECTED, () -> pushEndsWith("alice")),
            Map.entry(Outcome.TIMED_OUT, () -> pushEndsWith("alice")),
            Map.entry(Outcome.CANCELED, () -> pushEndsWith("alice")),
            Map.entry(Outcome.ALREADY_IN_PROGRESS, () -> steps.push("bob").rtCode()),
            Map.entry(Outcome.NOT_APPROVED, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.TEMPORARILY_SUSPENDED, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.PERMANENTLY_SUSPENDED, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.WITHDRAWN, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.NO_PHONE, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.NOT_LINKED, () -> steps.push("alice").rtCode()),
            Map.entry(
                    Outcome.LOGIN_TYPE_NOT_CONFIGURED, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.INVALID_CLIENT_KEY, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.CHANNEL_FAILED, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.PUSH_FAILED, () -> steps.push("alice").rtCode()),
            Map.entry(Outcome.NODE_FAILED, () -> pushEndsWith("bob")),
            Map.entry(Outcome.SERVER_ERROR, () -> steps.push("alice").rtCode()),
            Map.entry(
                    Outcome.WRONG_CODE, () -> totp("bob", steps.totpCode("bob")).rtCode()),
            Map.entry(
                    Outcome.DAILY_LIMIT,
                    () -> totp("bob", steps.totpCode("bob")).rtCode()),
            Map.entry(Outcome.QR_OUTSIDE_APP, () -> endsWith(steps.qrStarted().text("channelKey"))),
            Map.entry(
                    Outcome.QR_EXPIRED,
                    () -> scan(steps.qrStarted().text("qrPayload")).rtCode())));

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void oneCallArrangesIt_andTheNextLoginEndsInIt(Outcome outcome) {
        ApiResponse arranged = steps.admin("POST", "/api/v1/admin/outcomes/next")
                .json(
                        outcome.namesUser()
                                ? "{\"outcome\":\"" + outcome + "\",\"userKey\":\"" + userOf(outcome) + "\"}"
                                : "{\"outcome\":\"" + outcome + "\"}")
                .send();
        assertThat(arranged.status()).as("%s arranged: %s", outcome, arranged).isEqualTo(200);

        int observed = logins.get(outcome).get();

        assertThat(observed)
                .as(outcome.name())
                .isEqualTo(outcome.code().map(code -> code.code()).orElse(0));
    }

    @Test
    void theCatalogue_listsEveryOutcome_withWhatTheUserSeesAndWhatTheSiteShouldDo() {
        JsonNode catalogue = steps.admin("GET", "/api/v1/admin/outcomes").send().data();

        assertThat(catalogue).hasSize(Outcome.values().length);
        assertThat(StreamSupport.stream(catalogue.spliterator(), false)).allSatisfy(entry -> {
            assertThat(entry.path("userSees").asText()).isNotBlank();
            assertThat(entry.path("siteShould").asText()).isNotBlank();
            assertThat(entry.path("flows").size()).isPositive();
        });
        assertThat(catalogue.get(0).path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(catalogue.get(0).has("code")).as("an approval has no code").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void theReadmesTable_carriesEveryOutcome_withItsCodeAndItsTexts(Outcome outcome) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(readme)
                .contains("| `" + outcome + "` | "
                        + outcome.code()
                                .map(code -> String.valueOf(code.code()))
                                .orElse("—") + " | ")
                .contains(" | " + outcome.userSees() + " | " + outcome.siteShould() + " |");
    }

    @Test
    void anOutcomeOfOneUser_withoutAUser_isRefusedWith2002_andAnUnknownOutcomeNamesTheKnownOnes() {
        ApiResponse withoutUser = steps.admin("POST", "/api/v1/admin/outcomes/next")
                .json("{\"outcome\":\"REJECTED\"}")
                .send();
        ApiResponse unknown = steps.admin("POST", "/api/v1/admin/outcomes/next")
                .json("{\"outcome\":\"rejected\",\"userKey\":\"alice\"}")
                .send();

        assertThat(withoutUser.rtCode()).isEqualTo(2002);
        assertThat(unknown.rtCode()).isEqualTo(2002);
        assertThat(unknown.data().path("detail").asText()).contains("APPROVED, REJECTED, TIMED_OUT");
    }

    @Test
    void aResetForgetsWhatWasArranged() {
        steps.admin("POST", "/api/v1/admin/outcomes/next")
                .json("{\"outcome\":\"REJECTED\",\"userKey\":\"bob\"}")
                .send();
        steps.admin("POST", "/api/v1/admin/reset").send();

        assertThat(pushEndsWith("bob")).as("bob's phone approves as usual").isZero();
    }

    private static String userOf(Outcome outcome) {
        return switch (outcome) {
            case ALREADY_IN_PROGRESS, DAILY_LIMIT -> "bob";
            default -> "alice";
        };
    }

    private int pushEndsWith(String user) {
        return endsWith(steps.pushStarted(user).text("channelKey"));
    }

    /** The code the login behind the channel ended with, 0 for tokens; polls until it ends. */
    private int endsWith(String channelKey) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ApiResponse polled = steps.poll(channelKey);
            switch (polled.text("status")) {
                case "AuthCompleted" -> {
                    return 0;
                }
                case "AuthFailed", "AuthCanceled", "AuthTimeout" -> {
                    return polled.data().path("errorCode").asInt();
                }
                default -> pause();
            }
        }
        throw new AssertionError("the login behind " + channelKey + " did not end within " + WAIT);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }

    private ApiResponse totp(String user, String code) {
        return sim.api()
                .post("/api/v1/auth/totp")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"" + user + "\",\"totpCode\":\"" + code + "\"}")
                .send();
    }

    private ApiResponse scan(String payload) {
        return sim.api()
                .post("/api/v1/device/qr/scan")
                .device(deviceTokenOf("alice"))
                .json("{\"qrPayload\":\"" + payload + "\"}")
                .send();
    }
}
