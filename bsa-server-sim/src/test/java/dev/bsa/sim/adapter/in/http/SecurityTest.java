package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.ADMIN_TOKEN;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may see and do what: client keys, device tokens, the admin token, channel keys, cross-origin access. */
class SecurityTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private static final String OTHER_CLIENT = "other-shop";

    private final Scenarios steps = new Scenarios(sim);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"no-such-client", "demo-client-key-2", "DEMO-CLIENT-KEY", "demo client key", "' OR '1'='1"})
    void aMissingOrWrongClientKey_gets2000_evenWithABadBody(String clientKey) {
        var call = sim.api().post("/api/v1/auth/push").json("{not json");
        if (clientKey != null) {
            call.client(clientKey);
        }

        ApiResponse answer = call.send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.rtCode()).isEqualTo(2000);
    }

    @Test
    void clientA_cannotSeeOrCancelClientBsSessions() {
        givenOtherClientLinkedToAlice();
        ApiResponse started = steps.pushStarted("alice");
        String channel = started.text("channelKey");

        ApiResponse poll = sim.api()
                .get("/api/v1/channels/" + channel)
                .client(OTHER_CLIENT)
                .send();
        ApiResponse cancelByChannel = sim.api()
                .post("/api/v1/channels/" + channel + "/cancel")
                .client(OTHER_CLIENT)
                .send();
        ApiResponse cancelByUser = sim.api()
                .post("/api/v1/auth/push/cancel")
                .client(OTHER_CLIENT)
                .json("{\"userKey\":\"alice\"}")
                .send();

        assertThat(poll.rtCode()).isEqualTo(2004);
        assertThat(poll.status()).isEqualTo(404);
        assertThat(cancelByChannel.rtCode()).isEqualTo(2004);
        assertThat(cancelByUser.rtCode()).isEqualTo(5019);
        assertThat(steps.poll(channel).text("status")).isEqualTo("SelectNodes");
    }

    @Test
    void userXsDevice_cannotAnswerUserYsPush() {
        ApiResponse started = steps.pushStarted("alice");

        for (String answer : List.of("start", "approve", "reject")) {
            ApiResponse byBob = steps.answer("bob", started.text("sessionId"), answer);
            assertThat(byBob.rtCode()).as(answer).isEqualTo(2004);
            assertThat(byBob.status()).isEqualTo(404);
        }
        assertThat(sim.api()
                        .get("/api/v1/device/pushes")
                        .device("demo-device-bob")
                        .send()
                        .data())
                .isEmpty();
        assertThat(steps.poll(started.text("channelKey")).text("status")).isEqualTo("SelectNodes");
    }

    @Test
    void deviceRoutes_withoutAValidToken_get401() {
        for (String token : new String[] {null, "", "demo-device-nobody", "x".repeat(500)}) {
            var call = sim.api().get("/api/v1/device/me");
            if (token != null) {
                call.device(token);
            }
            ApiResponse answer = call.send();
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.rtCode()).isEqualTo(2002);
            assertThat(answer.text("detail")).isEqualTo("device token missing or unknown");
        }
    }

    @Test
    void everyAdminRoute_withoutTheToken_gets401() throws Exception {
        List<String[]> adminOperations = adminOperations();
        assertThat(adminOperations).hasSizeGreaterThan(25);

        for (String[] operation : adminOperations) {
            for (String authorization :
                    new String[] {null, "Bearer wrong-token", "Basic " + ADMIN_TOKEN, ADMIN_TOKEN}) {
                var call = sim.api().method(operation[0], operation[1]).json("{}");
                if (authorization != null) {
                    call.header("Authorization", authorization);
                }
                ApiResponse answer = call.send();
                assertThat(answer.status())
                        .as(operation[0] + " " + operation[1] + " with " + authorization)
                        .isEqualTo(401);
                assertThat(answer.rtCode()).isEqualTo(2002);
            }
        }
        assertThat(steps.admin("GET", "/api/v1/admin/users").send().data()).hasSizeGreaterThan(5);
    }

    @Test
    void theTokenQueryParameter_isAcceptedOnlyOnTheEventStream() {
        ApiResponse users =
                sim.api().get("/api/v1/admin/users?token=" + ADMIN_TOKEN).send();

        assertThat(users.status()).isEqualTo(401);
    }

    @Test
    void channelKeys_sessionIds_andQrIds_are128BitRandomHex_andUnique() {
        Set<String> seen = new HashSet<>();
        List<String> channelKeys = new ArrayList<>();
        IntStream.range(0, 40).forEach(index -> {
            ApiResponse started = steps.qrStarted();
            for (String field : List.of("channelKey", "sessionId", "qrId")) {
                assertThat(started.text(field)).matches("[0-9a-f]{32}");
                assertThat(seen.add(started.text(field))).as("unique " + field).isTrue();
            }
            channelKeys.add(started.text("channelKey"));
        });
        long distinctFirstChars =
                channelKeys.stream().map(key -> key.charAt(0)).distinct().count();
        assertThat(distinctFirstChars).as("keys are not sequential").isGreaterThan(4);
    }

    @Test
    void crossOriginPreflights_areAllowedOnTheWebsiteAndDeviceSides_notOnTheAdminSide() {
        for (String path : List.of(
                "/api/v1/auth/push",
                "/api/v1/auth/push/cancel",
                "/api/v1/channels/" + "0".repeat(32),
                "/api/v1/tokens/verify",
                "/api/v1/jwks",
                "/api/v1/device/pushes")) {
            ApiResponse preflight = sim.api()
                    .method("OPTIONS", path)
                    .header("Origin", "https://shop.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type, x-bsa-client-key")
                    .send();
            assertThat(preflight.status()).as(path).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).contains("*");
            assertThat(preflight
                            .header("Access-Control-Allow-Headers")
                            .orElse("")
                            .toLowerCase(Locale.ROOT))
                    .contains("x-bsa-client-key", "content-type");
        }
        ApiResponse push = sim.api()
                .post("/api/v1/auth/push")
                .header("Origin", "https://shop.example")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\"}")
                .send();
        assertThat(push.header("Access-Control-Allow-Origin")).contains("*");
        ApiResponse admin = sim.api()
                .method("OPTIONS", "/api/v1/admin/users")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .send();
        assertThat(admin.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void errorBodies_neverCarryStackTraces() {
        List<ApiResponse> answers = List.of(
                sim.api()
                        .post("/api/v1/auth/push")
                        .client(DEMO_CLIENT)
                        .json("{\"userKey\":")
                        .send(),
                sim.api().get("/api/v1/channels/zzz").client(DEMO_CLIENT).send(),
                sim.api()
                        .post("/api/v1/device/qr/scan")
                        .device("demo-device-alice")
                        .json("[]")
                        .send());

        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.body())
                        .doesNotContain("Exception")
                        .doesNotContain("\tat ")
                        .doesNotContain("dev.bsa."));
    }

    private void givenOtherClientLinkedToAlice() {
        assertThat(steps.admin("PUT", "/api/v1/admin/clients/" + OTHER_CLIENT)
                        .json("{\"name\":\"Other Shop\",\"loginTypes\":[\"PUSH\",\"OTP\",\"TOTP\",\"QR\"]}")
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(steps.admin("PUT", "/api/v1/admin/links/alice/" + OTHER_CLIENT)
                        .send()
                        .status())
                .isEqualTo(200);
    }

    /** Every admin operation of the OpenAPI document, with sample path parameters. */
    private static List<String[]> adminOperations() throws Exception {
        List<String[]> operations = new ArrayList<>();
        try (InputStream input = SecurityTest.class.getResourceAsStream("/dev/bsa/sim/adapter/in/http/openapi.json")) {
            new ObjectMapper().readTree(input).path("paths").properties().forEach(path -> {
                if (path.getKey().startsWith("/api/v1/admin")) {
                    String concrete =
                            path.getKey().replace("{userKey}", "alice").replace("{clientKey}", DEMO_CLIENT);
                    path.getValue()
                            .fieldNames()
                            .forEachRemaining(
                                    method -> operations.add(new String[] {method.toUpperCase(Locale.ROOT), concrete}));
                }
            });
        }
        return operations;
    }
}
