package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.app.SeedFile;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import dev.bsa.sim.application.model.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the simulator prints when it is up: working URLs, the admin token, and the demo credentials only with the demo seed. */
class BannerTest {

    private static Simulator systemClock;
    private static Simulator virtualClock;

    @BeforeAll
    static void startSimulators() {
        SimulatorConfig config =
                SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0).withSeed(SeedSource.none());
        systemClock = Simulator.start(config);
        virtualClock = Simulator.start(config.withVirtualClock(Instant.parse("2026-03-02T09:00:00Z")));
    }

    @AfterAll
    static void stopSimulators() {
        systemClock.close();
        virtualClock.close();
    }

    @Test
    void theBanner_listsUrlsThatAnswer_andTheAdminToken() {
        String banner = print(systemClock, false, "");
        ApiClient http = new ApiClient(systemClock.baseUrl());

        assertThat(banner)
                .contains(
                        "BSA Simulator is running.",
                        "Admin token:  " + systemClock.adminToken(),
                        "Press Ctrl+C to stop.")
                .doesNotContain("virtual clock");
        Matcher url = Pattern.compile("(API|OpenAPI|Health): +(\\S+)").matcher(banner);
        int urls = 0;
        while (url.find()) {
            urls++;
            String path = url.group(2).substring(systemClock.baseUrl().length());
            int status = http.get(path).send().status();
            assertThat(status).as(url.group()).isEqualTo(200);
        }
        assertThat(urls).isEqualTo(3);
    }

    @Test
    void withoutTheDemoSeed_theBannerShowsNoDemoCredentials() {
        assertThat(print(systemClock, false, "")).doesNotContain("Client key", "Users", "Phone tokens", "demo-");
    }

    @Test
    void withTheDemoSeed_theBannerShowsTheClientKeyTheUsersAndThePhoneTokens() {
        assertThat(print(systemClock, true, ""))
                .contains(
                        "Client key:   demo-client-key",
                        "header X-BSA-Client-Key",
                        "Phone tokens: demo-device-<user>",
                        "header X-BSA-Device-Token");
    }

    @Test
    void withTheDemoSeed_onADatabaseAnEarlierRunFilled_theBannerSaysTheStateWasKept_andListsNoDemoCredentials() {
        assertThat(virtualClock.seededAtStart())
                .as("it opened the database the other simulator created")
                .isFalse();

        assertThat(print(virtualClock, true, ""))
                .contains("Stored state: kept from an earlier run", "POST /api/v1/admin/reset loads the demo seed")
                .doesNotContain("Client key", "Phone tokens");
    }

    @Test
    void theUsersTheBannerNames_areExactlyTheDemoSeedsUsers() throws IOException {
        Seed demo;
        try (InputStream input = Simulator.class.getResourceAsStream("/dev/bsa/sim/app/demo-seed.yaml")) {
            demo = SeedFile.read(input, "demo-seed.yaml");
        }
        String banner = print(systemClock, true, "");
        String users = banner.substring(banner.indexOf("Users:"), banner.indexOf("Phone tokens:"))
                .replace("Users:", "");

        List<String> named = Arrays.stream(users.split(","))
                .map(String::strip)
                .map(entry -> entry.split("[ (]")[0])
                .toList();

        assertThat(named)
                .containsExactlyElementsOf(
                        demo.users().stream().map(user -> user.key().value()).toList());
    }

    @Test
    void onTheVirtualClock_theBannerSaysSo() {
        assertThat(print(virtualClock, false, "")).contains("BSA Simulator is running (virtual clock).");
    }

    @Test
    void extraLines_comeRightAfterTheFirstLine() {
        List<String> lines = print(systemClock, false, "  Login page:   http://localhost/demo")
                .lines()
                .toList();

        assertThat(lines.get(2)).isEqualTo("  Login page:   http://localhost/demo");
        assertThat(lines.get(3)).startsWith("  API:");
    }

    private static String print(Simulator simulator, boolean demoSeed, String extraLines) {
        StringWriter text = new StringWriter();
        Banner.print(new PrintWriter(text), simulator, demoSeed, extraLines);
        return text.toString();
    }
}
