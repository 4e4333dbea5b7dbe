package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.ChannelSocketProbe.statuses;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.ChannelSocketProbe;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every login flow end to end over HTTP and WebSocket: the statuses, in order, and the tokens. */
class LoginFlowsTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    /** A guard against a hang: every wait ends as soon as what it waits for happens. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final List<String> HAPPY_PATH = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");

    private final Scenarios steps = new Scenarios(sim);

    @Test
    void push_approvedOnThePhone_streamsEveryStatusInOrder_andDeliversTokens() {
        ApiResponse started = steps.pushStarted("alice");
        assertThat(started.text("method")).isEqualTo("PUSH");
        assertThat(started.data().path("remainingSeconds").asInt()).isEqualTo(60);
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        ApiResponse inbox = sim.api()
                .get("/api/v1/device/pushes")
                .device("demo-device-alice")
                .send();
        assertThat(inbox.data()).hasSize(1);
        assertThat(inbox.data().get(0).path("sessionId").asText()).isEqualTo(started.text("sessionId"));
        assertThat(inbox.data().get(0).path("clientName").asText()).isEqualTo("Demo Shop");
        assertThat(steps.answer("alice", started.text("sessionId"), "start").text("status"))
                .isEqualTo("StartAuth");
        assertThat(steps.answer("alice", started.text("sessionId"), "approve").text("status"))
                .isEqualTo("AuthCompleted");

        List<JsonNode> messages = channel.untilResult(WAIT);
        assertThat(statuses(messages)).isEqualTo(HAPPY_PATH);
        assertThat(messages)
                .extracting(message -> message.path("sequence").asInt())
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        JsonNode result = messages.get(6);
        assertThat(result.path("type").asText()).isEqualTo("result");
        assertThat(channel.awaitClose(WAIT)).isEqualTo(1000);

        ApiResponse polled = steps.poll(started.text("channelKey"));
        assertThat(polled.text("status")).isEqualTo("AuthCompleted");
        assertThat(polled.data().path("statuses")).extracting(JsonNode::asText).isEqualTo(HAPPY_PATH);
        assertThat(polled.text("accessToken"))
                .isEqualTo(result.path("accessToken").asText())
                .isNotBlank();
        assertThat(polled.text("refreshToken"))
                .isEqualTo(result.path("refreshToken").asText())
                .isNotBlank();
        assertThat(polled.data().has("errorCode")).isFalse();

        ApiResponse claims = sim.api()
                .post("/api/v1/tokens/verify")
                .client(DEMO_CLIENT)
                .json("{\"accessToken\":\"" + polled.text("accessToken") + "\"}")
                .send();
        assertThat(claims.text("subject")).isEqualTo("alice");
        assertThat(claims.text("audience")).isEqualTo(DEMO_CLIENT);
        assertThat(claims.text("method")).isEqualTo("PUSH");
        assertThat(claims.text("sessionId")).isEqualTo(started.text("sessionId"));
    }

    @Test
    void push_toAnAutoApprovingPhone_completesByItself() {
        ChannelSocketProbe channel = sim.watch(steps.pushStarted("bob").text("channelKey"));

        assertThat(statuses(channel.untilResult(WAIT))).isEqualTo(HAPPY_PATH);
    }

    @Test
    void push_rejectedOnThePhone_endsInAuthFailed5010() {
        ApiResponse started = steps.pushStarted("alice");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        ApiResponse rejected = steps.answer("alice", started.text("sessionId"), "reject");

        assertThat(rejected.text("status")).isEqualTo("AuthFailed");
        assertThat(rejected.data().path("errorCode").asInt()).isEqualTo(5010);
        List<JsonNode> messages = channel.untilResult(WAIT);
        assertThat(statuses(messages)).containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "AuthFailed");
        assertThat(messages.get(3).path("errorCode").asInt()).isEqualTo(5010);
        assertThat(messages.get(3).path("errorMessage").asText()).isEqualTo("Authentication failed");
    }

    @Test
    void otp_typedCodeThenApproved_streamsEveryStatus_andNamesTheCodesUser() {
        String code = steps.appOtpCode("alice");
        ApiResponse started = sim.api()
                .post("/api/v1/auth/otp")
                .client(DEMO_CLIENT)
                .json("{\"code\":\"" + code + "\"}")
                .send();
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.text("method")).isEqualTo("OTP");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        steps.answer("alice", started.text("sessionId"), "approve");

        assertThat(statuses(channel.untilResult(WAIT))).isEqualTo(HAPPY_PATH);
        ApiResponse polled = steps.poll(started.text("channelKey"));
        assertThat(polled.text("method")).isEqualTo("OTP");
        ApiResponse claims = sim.api()
                .post("/api/v1/tokens/verify")
                .client(DEMO_CLIENT)
                .json("{\"accessToken\":\"" + polled.text("accessToken") + "\"}")
                .send();
        assertThat(claims.text("subject")).isEqualTo("alice");
    }

    @Test
    void totp_rightCode_answersWithTokensAtOnce() {
        ApiResponse login = sim.api()
                .post("/api/v1/auth/totp")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\",\"totpCode\":\"" + steps.totpCode("alice") + "\"}")
                .send();

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.text("sessionId")).matches("[0-9a-f]{32}");
        ApiResponse claims = sim.api()
                .post("/api/v1/tokens/verify")
                .client(DEMO_CLIENT)
                .json("{\"accessToken\":\"" + login.text("accessToken") + "\"}")
                .send();
        assertThat(claims.text("method")).isEqualTo("TOTP");
        assertThat(claims.text("subject")).isEqualTo("alice");
    }

    @Test
    void qr_scannedByTheAppThenApproved_streamsEveryStatus() {
        ApiResponse started = steps.qrStarted();
        assertThat(started.text("method")).isEqualTo("QR");
        assertThat(started.text("qrPayload")).isEqualTo(sim.baseUrl() + "/q/" + started.text("qrId"));
        byte[] png = Base64.getDecoder().decode(started.text("qrImage").substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        ApiResponse scanned = sim.api()
                .post("/api/v1/device/qr/scan")
                .device("demo-device-alice")
                .json("{\"qrPayload\":\"" + started.text("qrPayload") + "\"}")
                .send();
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(200);
        assertThat(scanned.text("sessionId")).isEqualTo(started.text("sessionId"));
        assertThat(scanned.text("status")).isEqualTo("StartAuth");
        steps.answer("alice", started.text("sessionId"), "approve");

        assertThat(statuses(channel.untilResult(WAIT))).isEqualTo(HAPPY_PATH);
        ApiResponse polled = steps.poll(started.text("channelKey"));
        ApiResponse claims = sim.api()
                .post("/api/v1/tokens/verify")
                .client(DEMO_CLIENT)
                .json("{\"accessToken\":\"" + polled.text("accessToken") + "\"}")
                .send();
        assertThat(claims.text("subject")).isEqualTo("alice");
        assertThat(claims.text("method")).isEqualTo("QR");
    }

    @Test
    void qr_scanWithABareQrId_isAcceptedToo() {
        ApiResponse started = steps.qrStarted();

        ApiResponse scanned = sim.api()
                .post("/api/v1/device/qr/scan")
                .device("demo-device-alice")
                .json("{\"qrPayload\":\"" + started.text("qrId") + "\"}")
                .send();

        assertThat(scanned.text("status")).isEqualTo("StartAuth");
    }

    /** What a phone's camera app asks for when it opens a link. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void qr_openedByACameraApp_showsAPageAndFailsTheLoginWith5024() {
        ApiResponse started = steps.qrStarted();
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        ApiResponse page = sim.api()
                .get("/q/" + started.text("qrId"))
                .header("Accept", BROWSER_ACCEPT)
                .send();

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("BSA app");
        List<JsonNode> messages = channel.untilResult(WAIT);
        assertThat(statuses(messages)).containsExactly("RequestAuth", "CreateChannel", "AuthFailed");
        assertThat(messages.get(2).path("errorCode").asInt()).isEqualTo(5024);
        ApiResponse again = sim.api()
                .get("/q/" + started.text("qrId"))
                .header("Accept", BROWSER_ACCEPT)
                .send();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("5023");
    }

    @Test
    void qr_openedByAClientThatAsksForNoPage_getsTheEnvelope_5024ThenOnce5023() {
        ApiResponse started = steps.qrStarted();

        ApiResponse opened = sim.api().get("/q/" + started.text("qrId")).send();
        ApiResponse again = sim.api().get("/q/" + started.text("qrId")).send();

        assertThat(opened.status()).isEqualTo(403);
        assertThat(opened.rtCode()).isEqualTo(5024);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.rtCode()).isEqualTo(5023);
    }

    @Test
    void cancelByUser_endsThePushInAuthCanceled_andReports5011() {
        ApiResponse started = steps.pushStarted("alice");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        ApiResponse canceled = sim.api()
                .post("/api/v1/auth/push/cancel")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\"}")
                .send();

        assertThat(canceled.rtCode()).isZero();
        assertThat(canceled.text("status")).isEqualTo("AuthCanceled");
        assertThat(canceled.data().path("errorCode").asInt()).isEqualTo(5011);
        assertThat(statuses(channel.untilResult(WAIT)))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "RequestCancel", "AuthCanceled");
    }

    @Test
    void cancelByChannel_endsOtpAndQrLogins() {
        ApiResponse otp = sim.api()
                .post("/api/v1/auth/otp")
                .client(DEMO_CLIENT)
                .json("{\"code\":\"" + steps.appOtpCode("alice") + "\"}")
                .send();
        ApiResponse qr = steps.qrStarted();

        for (ApiResponse started : List.of(otp, qr)) {
            ApiResponse canceled = sim.api()
                    .post("/api/v1/channels/" + started.text("channelKey") + "/cancel")
                    .client(DEMO_CLIENT)
                    .send();
            assertThat(canceled.text("status")).as(canceled.toString()).isEqualTo("AuthCanceled");
            assertThat(canceled.data().path("errorCode").asInt()).isEqualTo(5011);
            assertThat(steps.poll(started.text("channelKey")).text("status")).isEqualTo("AuthCanceled");
        }
    }

    @Test
    void refresh_rotatesTheTokens_andTheOldRefreshTokenIsUsedUp() {
        ApiResponse login = sim.api()
                .post("/api/v1/auth/totp")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\",\"totpCode\":\"" + steps.totpCode("alice") + "\"}")
                .send();
        String refresh = "{\"refreshToken\":\"" + login.text("refreshToken") + "\"}";

        ApiResponse rotated = sim.api()
                .post("/api/v1/tokens/refresh")
                .client(DEMO_CLIENT)
                .json(refresh)
                .send();
        ApiResponse reused = sim.api()
                .post("/api/v1/tokens/refresh")
                .client(DEMO_CLIENT)
                .json(refresh)
                .send();

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.text("refreshToken")).isNotEqualTo(login.text("refreshToken"));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.rtCode()).isEqualTo(2002);
    }

    @Test
    void jwks_isARawJwkSet_withoutClientKey() {
        ApiResponse jwks = sim.api().get("/api/v1/jwks").send();

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.header("Content-Type").orElse("")).startsWith("application/jwk-set+json");
        assertThat(jwks.json().path("keys").isArray()).isTrue();
        assertThat(jwks.json().has("rtCode")).isFalse();
    }

    @Test
    void afterALoginEnds_theUserCanLogInAgain() {
        IntStream.range(0, 3).forEach(round -> {
            ApiResponse started = steps.pushStarted("alice");
            assertThat(steps.answer("alice", started.text("sessionId"), "approve")
                            .text("status"))
                    .isEqualTo("AuthCompleted");
        });
    }
}
