package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.testing.Concurrently;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rules that must hold when requests race each other over real HTTP. */
class ConcurrencyTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private final Scenarios steps = new Scenarios(sim);

    @Test
    void fiftyParallelPushStartsForOneUser_exactlyOneSucceeds_theOthersGet2010() {
        List<ApiResponse> answers = Concurrently.run(50, index -> steps.push("alice"));

        Map<Integer, Long> byCode = count(answers, ApiResponse::rtCode);
        assertThat(byCode).containsOnlyKeys(0, 2010).containsEntry(0, 1L).containsEntry(2010, 49L);
        assertThat(answers).filteredOn(answer -> answer.rtCode() == 2010).allMatch(answer -> answer.status() == 409);
        assertThat(sim.api()
                        .get("/api/v1/device/pushes")
                        .device("demo-device-alice")
                        .send()
                        .data())
                .hasSize(1);
    }

    @Test
    void twentyParallelTotpAttemptsWithLimitFive_exactlyFiveReachCodeVerification() {
        List<ApiResponse> answers = Concurrently.run(
                20,
                index -> sim.api()
                        .post("/api/v1/auth/totp")
                        .client(DEMO_CLIENT)
                        .json("{\"userKey\":\"alice\",\"totpCode\":\"000000\"}")
                        .send());

        Map<Integer, Long> byCode = count(answers, ApiResponse::rtCode);
        assertThat(byCode).containsOnlyKeys(3005, 5026).containsEntry(3005, 5L).containsEntry(5026, 15L);
        ApiResponse counters =
                steps.admin("GET", "/api/v1/admin/users/alice/totp").send();
        assertThat(counters.data().path("attemptsToday").asInt()).isEqualTo(5);
    }

    @RepeatedTest(3)
    void oneAppOtpCodeUsedTwiceInParallel_logsInOnce() {
        String code = steps.appOtpCode("alice");

        List<ApiResponse> answers = Concurrently.run(
                2,
                index -> sim.api()
                        .post("/api/v1/auth/otp")
                        .client(DEMO_CLIENT)
                        .json("{\"code\":\"" + code + "\"}")
                        .send());

        assertThat(answers).filteredOn(answer -> answer.rtCode() == 0).hasSize(1);
        assertThat(answers)
                .filteredOn(answer -> answer.rtCode() != 0)
                .allMatch(answer -> answer.rtCode() == 3005 || answer.rtCode() == 2010);
    }

    @Test
    void manyParallelPollsAndAnswers_neverFailWithAServerError() {
        ApiResponse started = steps.pushStarted("alice");

        List<ApiResponse> answers = Concurrently.run(
                30,
                index -> index % 3 == 0
                        ? steps.answer("alice", started.text("sessionId"), "approve")
                        : steps.poll(started.text("channelKey")));

        assertThat(answers).allMatch(answer -> answer.status() < 500);
        assertThat(answers)
                .filteredOn(answer -> answer.data().path("accessToken").isTextual()
                        && answer.text("sessionId") != null
                        && answer.data().has("statuses"))
                .allMatch(answer -> answer.text("status").equals("AuthCompleted"));
        assertThat(steps.poll(started.text("channelKey")).text("status")).isEqualTo("AuthCompleted");
    }

    private static <K> Map<K, Long> count(List<ApiResponse> answers, Function<ApiResponse, K> key) {
        return answers.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
