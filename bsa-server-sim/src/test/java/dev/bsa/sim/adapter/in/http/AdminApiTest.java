package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control plane over HTTP: directory, phones, faults, settings, clock, reset, state, inspection, events. */
class AdminApiTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private final Scenarios steps = new Scenarios(sim);

    @Test
    void clients_canBeRegistered_listed_andDeleted() {
        ApiResponse saved = steps.admin("PUT", "/api/v1/admin/clients/tea-shop")
                .json("{\"name\":\"Tea Shop\",\"loginTypes\":[\"PUSH\",\"QR\"]}")
                .send();

        assertThat(saved.text("clientKey")).isEqualTo("tea-shop");
        assertThat(saved.data().path("loginTypes")).extracting(JsonNode::asText).containsExactly("PUSH", "QR");
        assertThat(steps.admin("GET", "/api/v1/admin/clients").send().data())
                .extracting(client -> client.path("clientKey").asText())
                .contains("tea-shop", "demo-client-key");
        assertThat(steps.admin("DELETE", "/api/v1/admin/clients/tea-shop")
                        .send()
                        .data()
                        .path("deleted")
                        .asBoolean())
                .isTrue();
        assertThat(steps.admin("DELETE", "/api/v1/admin/clients/tea-shop")
                        .send()
                        .data()
                        .path("deleted")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aNewUser_withADevice_canUseTheDeviceApi_untilTheDeviceIsRemoved() {
        ApiResponse saved = steps.admin("PUT", "/api/v1/admin/users/zoe")
                .json(
                        "{\"status\":\"ACTIVE\",\"deviceRegistered\":true,\"totpSecret\":\"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\"}")
                .send();
        assertThat(saved.text("totpSecret")).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        String token =
                steps.admin("POST", "/api/v1/admin/users/zoe/device").send().text("deviceToken");

        assertThat(sim.api().get("/api/v1/device/me").device(token).send().text("userKey"))
                .isEqualTo("zoe");
        assertThat(steps.admin("DELETE", "/api/v1/admin/users/zoe/device")
                        .send()
                        .data()
                        .path("deleted")
                        .asBoolean())
                .isTrue();
        assertThat(sim.api().get("/api/v1/device/me").device(token).send().status())
                .isEqualTo(401);
        assertThat(steps.admin("GET", "/api/v1/admin/users/zoe")
                        .send()
                        .data()
                        .path("deviceRegistered")
                        .asBoolean())
                .isFalse();
        assertThat(steps.admin("DELETE", "/api/v1/admin/users/zoe")
                        .send()
                        .data()
                        .path("deleted")
                        .asBoolean())
                .isTrue();
        ApiResponse gone = steps.admin("GET", "/api/v1/admin/users/zoe").send();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.rtCode()).isEqualTo(2008);
    }

    @Test
    void changingAUsersStatus_keepsTheOtherFields_andBlocksLogins() {
        String secretBefore =
                steps.admin("GET", "/api/v1/admin/users/alice").send().text("totpSecret");

        ApiResponse changed = steps.admin("PUT", "/api/v1/admin/users/alice")
                .json("{\"status\":\"TEMPORARILY_SUSPENDED\"}")
                .send();

        assertThat(changed.text("status")).isEqualTo("TEMPORARILY_SUSPENDED");
        assertThat(changed.text("totpSecret")).isEqualTo(secretBefore);
        assertThat(changed.data().path("deviceRegistered").asBoolean()).isTrue();
        assertThat(steps.push("alice").rtCode()).isEqualTo(5006);
    }

    @Test
    void phoneBehaviour_canBeReadAndSet() {
        assertThat(steps.admin("GET", "/api/v1/admin/users/alice/phone").send().text("mode"))
                .isEqualTo("MANUAL");

        ApiResponse set = steps.admin("PUT", "/api/v1/admin/users/carol/phone")
                .json("{\"mode\":\"AUTO_APPROVE\",\"delayMillis\":0}")
                .send();

        assertThat(set.text("mode")).isEqualTo("AUTO_APPROVE");
        ApiResponse started = steps.pushStarted("carol");
        assertThat(sim.watch(started.text("channelKey")).untilResult(Duration.ofSeconds(10)))
                .last()
                .satisfies(result -> assertThat(result.path("status").asText()).isEqualTo("AuthCompleted"));
    }

    @Test
    void totpCounters_countAttemptsOfTheDay() {
        sim.api()
                .post("/api/v1/auth/totp")
                .client(RunningSimulator.DEMO_CLIENT)
                .json("{\"userKey\":\"alice\",\"totpCode\":\"000000\"}")
                .send();

        ApiResponse counters =
                steps.admin("GET", "/api/v1/admin/users/alice/totp").send();

        assertThat(counters.data().path("attemptsToday").asInt()).isEqualTo(1);
        assertThat(counters.data().path("dailyLimit").asInt()).isEqualTo(5);
        assertThat(counters.text("day")).isEqualTo("2026-03-02");
    }

    @Test
    void links_decideWhichSitesAUserCanLogInTo() {
        assertThat(steps.push("judy").rtCode()).isEqualTo(3201);

        assertThat(steps.admin("PUT", "/api/v1/admin/links/judy/demo-client-key")
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(steps.admin("GET", "/api/v1/admin/links").send().data())
                .anyMatch(link -> link.path("userKey").asText().equals("judy"));
        assertThat(steps.push("judy").rtCode()).isZero();
        assertThat(steps.admin("PUT", "/api/v1/admin/links/nobody/demo-client-key")
                        .send()
                        .rtCode())
                .isEqualTo(2008);
    }

    @Test
    void faults_areQueuedPerStep() {
        assertThat(steps.admin("GET", "/api/v1/admin/faults").send().data().toString())
                .isEqualTo("{\"channel\":0,\"push\":0,\"node\":0,\"server\":0,\"clientKey\":0}");

        ApiResponse queued =
                steps.admin("PUT", "/api/v1/admin/faults").json("{\"push\":2}").send();

        assertThat(queued.data().toString())
                .isEqualTo("{\"channel\":0,\"push\":2,\"node\":0,\"server\":0,\"clientKey\":0}");
        assertThat(steps.push("alice").rtCode()).isEqualTo(5017);
        assertThat(steps.push("alice").rtCode()).isEqualTo(5017);
        assertThat(steps.push("alice").rtCode()).isZero();
    }

    @Test
    void aQueuedServerFault_failsTheNextWebsiteCallWith2001_andChangesNothing() {
        steps.admin("PUT", "/api/v1/admin/faults").json("{\"server\":1}").send();

        ApiResponse failed = steps.push("alice");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.rtCode()).isEqualTo(2001);
        assertThat(failed.text("detail")).contains("injected fault");
        ApiResponse next = steps.push("alice");
        assertThat(next.rtCode())
                .as("no session was left behind by the failed call")
                .isZero();
    }

    @Test
    void settings_canBeChanged_andApplyToNewLogins() {
        assertThat(steps.admin("GET", "/api/v1/admin/settings")
                        .send()
                        .data()
                        .path("authDeadlineSeconds")
                        .asInt())
                .isEqualTo(60);

        ApiResponse changed = steps.admin("PUT", "/api/v1/admin/settings")
                .json("{\"authDeadlineSeconds\":30,\"totp\":{\"dailyLimit\":9,\"dayZone\":\"Asia/Seoul\"}}")
                .send();

        assertThat(changed.data().path("authDeadlineSeconds").asInt()).isEqualTo(30);
        assertThat(changed.data().path("totp").path("dailyLimit").asInt()).isEqualTo(9);
        assertThat(changed.data().path("totp").path("stepSeconds").asInt()).isEqualTo(60);
        assertThat(steps.pushStarted("alice").data().path("remainingSeconds").asInt())
                .isEqualTo(30);
    }

    @Test
    void theVirtualClock_canBeReadAndAdvanced() {
        ApiResponse clock = steps.admin("GET", "/api/v1/admin/clock").send();
        assertThat(clock.data().path("virtual").asBoolean()).isTrue();

        steps.advanceSeconds(5);
        ApiResponse advanced = steps.admin("POST", "/api/v1/admin/clock/advance")
                .json("{\"millis\":1000}")
                .send();

        assertThat(Instant.parse(advanced.text("now")))
                .isEqualTo(Instant.parse(clock.text("now")).plusSeconds(6));
        assertThat(steps.admin("POST", "/api/v1/admin/clock/advance")
                        .json("{\"millis\":1,\"seconds\":1}")
                        .send()
                        .rtCode())
                .isEqualTo(2002);
    }

    @Test
    void reset_wipesSessionsAndRestoresTheSeed() {
        steps.pushStarted("alice");
        steps.admin("PUT", "/api/v1/admin/users/alice")
                .json("{\"status\":\"WITHDRAWN\"}")
                .send();

        assertThat(steps.admin("POST", "/api/v1/admin/reset")
                        .send()
                        .data()
                        .path("reset")
                        .asBoolean())
                .isTrue();

        assertThat(steps.admin("GET", "/api/v1/admin/sessions").send().data()).isEmpty();
        assertThat(steps.admin("GET", "/api/v1/admin/users/alice").send().text("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void theExportedState_canBeImportedBack() {
        ApiResponse exported = steps.admin("GET", "/api/v1/admin/state").send();
        assertThat(exported.json().has("rtCode")).isFalse();
        steps.admin("PUT", "/api/v1/admin/users/alice")
                .json("{\"status\":\"WITHDRAWN\"}")
                .send();

        ApiResponse imported =
                steps.admin("PUT", "/api/v1/admin/state").json(exported.body()).send();

        assertThat(imported.data().path("imported").asBoolean())
                .as(imported.toString())
                .isTrue();
        assertThat(steps.admin("GET", "/api/v1/admin/users/alice").send().text("status"))
                .isEqualTo("ACTIVE");
        assertThat(steps.admin("GET", "/api/v1/admin/state").send().body()).isEqualTo(exported.body());
    }

    @Test
    void sessionsAndTheAuditLog_showWhatHappened() {
        ApiResponse started = steps.pushStarted("alice");

        JsonNode sessions =
                steps.admin("GET", "/api/v1/admin/sessions?limit=5").send().data();
        JsonNode audit =
                steps.admin("GET", "/api/v1/admin/audit?limit=10").send().data();

        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).path("sessionId").asText()).isEqualTo(started.text("sessionId"));
        assertThat(sessions.get(0).path("userKey").asText()).isEqualTo("alice");
        assertThat(sessions.get(0).path("statuses"))
                .extracting(JsonNode::asText)
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes");
        assertThat(audit)
                .extracting(entry -> entry.path("status").asText())
                .containsExactlyInAnyOrder("RequestAuth", "CreateChannel", "SelectNodes");
    }

    @Test
    void theEventStream_sendsSimulatorEventsAsServerSentEvents() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(sim.baseUrl() + "/api/v1/admin/events?token=" + ADMIN_TOKEN))
                    .header("Accept", "text/event-stream")
                    .build();
            HttpResponse<Stream<String>> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            try (Stream<String> lines = response.body()) {
                Iterator<String> stream = lines.iterator();
                steps.pushStarted("alice");
                List<String> block = new ArrayList<>();
                while (block.stream()
                        .noneMatch(line -> line.startsWith("data: ") && line.contains("\"type\":\"push\""))) {
                    String line = stream.next();
                    if (line.isEmpty()) {
                        block.clear();
                    } else {
                        block.add(line);
                    }
                }
                assertThat(block)
                        .contains("event: push")
                        .anyMatch(line -> line.startsWith("id: "))
                        .anyMatch(line -> line.contains("\"userKey\":\"alice\""));
            }
        });
        assertThat(sim.api().get("/api/v1/admin/events").send().status()).isEqualTo(401);
    }

    @Test
    void theEventStream_askedWithoutAcceptingEventStreams_says406AndHowToAsk_insteadOfAnEmptyAnswer() {
        for (String accept : new String[] {"*/*", "application/json"}) {
            ApiResponse response = sim.api()
                    .get("/api/v1/admin/events")
                    .admin(ADMIN_TOKEN)
                    .header("Accept", accept)
                    .send();

            assertThat(response.status()).as(accept).isEqualTo(406);
            assertThat(response.rtCode()).isEqualTo(2002);
            assertThat(response.text("detail")).contains("Accept: text/event-stream");
        }
    }
}
