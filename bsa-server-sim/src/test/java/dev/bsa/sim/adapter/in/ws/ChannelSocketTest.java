package dev.bsa.sim.adapter.in.ws;

import static dev.bsa.sim.adapter.in.support.ChannelSocketProbe.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.domain.testing.Concurrently;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.ChannelSocketProbe;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The live status channel over a real WebSocket: history, live statuses, ticks, the result and the close. */
class ChannelSocketTest {

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
    void anUnknownChannel_gets2004_andTheSocketCloses() {
        ChannelSocketProbe channel = sim.watch("0123456789abcdef0123456789abcdef");

        JsonNode error = channel.next(WAIT);

        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("errorCode").asInt()).isEqualTo(2004);
        assertThat(error.path("errorMessage").asText()).isEqualTo("Channel does not exist");
        assertThat(channel.awaitClose(WAIT)).isEqualTo(1008);
        assertThat(sim.control().channels().watchers()).isZero();
    }

    @Test
    void aMalformedChannelKey_gets2004InKoreanWhenAsked_andTheSocketCloses() {
        ChannelSocketProbe channel = sim.remember(ChannelSocketProbe.connect(sim.channelUrl("not-a-key") + "?lang=ko"));

        JsonNode error = channel.next(WAIT);

        assertThat(error.path("errorCode").asInt()).isEqualTo(2004);
        assertThat(error.path("errorMessage").asText()).isEqualTo("채널이 존재하지 않는 경우");
        assertThat(channel.awaitClose(WAIT)).isEqualTo(1008);
    }

    @Test
    void aLateSubscriberToAnEndedSession_getsTheWholeHistory_theResult_andTheClose() {
        ApiResponse started = steps.pushStarted("alice");
        steps.answer("alice", started.text("sessionId"), "approve");

        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        List<JsonNode> messages = channel.untilResult(WAIT);
        assertThat(statuses(messages)).isEqualTo(HAPPY_PATH);
        assertThat(messages.get(6).path("accessToken").asText()).isNotBlank();
        assertThat(channel.awaitClose(WAIT)).isEqualTo(1000);
    }

    @Test
    void aSubscriberJoiningMidway_getsTheHistoryThenTheLiveStatuses_eachOnce() {
        ApiResponse started = steps.pushStarted("alice");
        steps.answer("alice", started.text("sessionId"), "start");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));
        assertThat(channel.nextOfType("status", WAIT).path("status").asText()).isEqualTo("RequestAuth");

        steps.answer("alice", started.text("sessionId"), "approve");

        List<JsonNode> rest = channel.untilResult(WAIT);
        assertThat(statuses(rest)).isEqualTo(HAPPY_PATH.subList(1, HAPPY_PATH.size()));
        assertThat(rest).extracting(message -> message.path("sequence").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void subscribersRacingTheLogin_eachGetEveryStatusExactlyOnceInOrder() {
        steps.admin("PUT", "/api/v1/admin/users/bob/phone")
                .json("{\"mode\":\"AUTO_APPROVE\",\"delayMillis\":0}")
                .send();
        ApiResponse started = steps.pushStarted("bob");

        List<List<String>> seen = Concurrently.run(
                12, index -> statuses(sim.watch(started.text("channelKey")).untilResult(WAIT)));

        assertThat(seen).allSatisfy(statuses -> assertThat(statuses).isEqualTo(HAPPY_PATH));
    }

    @Test
    void ticksCountDownWithTheClock_whileTheSessionIsLive() {
        ApiResponse started = steps.pushStarted("alice");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        int first = channel.nextOfType("tick", WAIT).path("remainingSeconds").asInt();
        steps.advanceSeconds(10);
        JsonNode later = channel.nextOfType("tick", WAIT);
        steps.advanceSeconds(15);
        JsonNode latest = channel.nextOfType("tick", WAIT);

        assertThat(first).isEqualTo(60);
        assertThat(later.path("remainingSeconds").asInt()).isEqualTo(50);
        assertThat(later.path("status").asText()).isEqualTo("SelectNodes");
        assertThat(latest.path("remainingSeconds").asInt()).isEqualTo(35);
    }

    @Test
    void aSessionThatTimesOut_endsWithAuthTimeout5001_andTheSocketCloses() {
        ApiResponse started = steps.pushStarted("dave");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));
        channel.nextOfType("tick", WAIT);

        steps.advanceSeconds(61);

        List<JsonNode> messages = channel.untilResult(WAIT);
        JsonNode result = messages.get(messages.size() - 1);
        assertThat(result.path("status").asText()).isEqualTo("AuthTimeout");
        assertThat(result.path("errorCode").asInt()).isEqualTo(5001);
        assertThat(result.path("errorMessage").asText()).isEqualTo("Authentication timeout");
        assertThat(result.path("remainingSeconds").asInt()).isZero();
        assertThat(channel.awaitClose(WAIT)).isEqualTo(1000);
        assertThat(steps.poll(started.text("channelKey")).text("status")).isEqualTo("AuthTimeout");
    }

    @Test
    void aSessionThatFallsDueWithoutTheAdminRoute_isTimedOutPromptly() {
        ApiResponse started = steps.pushStarted("alice");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));
        channel.nextOfType("tick", WAIT);

        sim.control().time().advance(60_000);

        List<JsonNode> messages = channel.untilResult(WAIT);
        assertThat(messages.get(messages.size() - 1).path("status").asText()).isEqualTo("AuthTimeout");
    }

    @Test
    void closingTheSocket_stopsWatchingTheChannel() throws Exception {
        ApiResponse started = steps.pushStarted("alice");
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));
        channel.nextOfType("status", WAIT);
        assertThat(sim.control().channels().watchers()).isEqualTo(1);

        channel.close();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sim.control().channels().watchers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sim.control().channels().watchers()).isZero();
    }

    @Test
    void aResetOfTheSimulator_endsOpenChannelsWith2004() {
        ChannelSocketProbe channel = sim.watch(steps.pushStarted("alice").text("channelKey"));
        channel.nextOfType("status", WAIT);

        sim.control().state().reset();

        assertThat(channel.nextOfType("error", WAIT).path("errorCode").asInt()).isEqualTo(2004);
        assertThat(channel.awaitClose(WAIT)).isEqualTo(1008);
    }

    @Test
    void aCanceledLogin_endsWithAuthCanceled5011() {
        ApiResponse started = steps.qrStarted();
        ChannelSocketProbe channel = sim.watch(started.text("channelKey"));

        sim.api()
                .post("/api/v1/channels/" + started.text("channelKey") + "/cancel")
                .client(RunningSimulator.DEMO_CLIENT)
                .send();

        List<JsonNode> messages = channel.untilResult(WAIT);
        assertThat(statuses(messages)).containsExactly("RequestAuth", "CreateChannel", "RequestCancel", "AuthCanceled");
        assertThat(messages.get(3).path("errorCode").asInt()).isEqualTo(5011);
    }
}
