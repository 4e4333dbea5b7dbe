package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.UNCONFIGURED_CLIENT;
import static dev.bsa.sim.adapter.in.support.RunningSimulator.deviceTokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error code the API can produce, each provoked over HTTP the way an integrator would meet it:
 * the code, the HTTP status, and the catalogue text in English and (with {@code Accept-Language: ko})
 * in Korean. 2001, which the real service answers only when something broke inside, is provoked with
 * the admin API's server fault. 5010, 5011 and 5024 are outcomes of a login rather than refusals of a request: they
 * come as {@code errorCode}/{@code errorMessage} of the session (HTTP 200, rtCode 0).
 */
class ErrorCodesTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private static final Scenarios steps = new Scenarios(sim);

    /** One way to meet an error code; {@code provoke} makes the final request with the language header applied. */
    record Case(
            int code,
            int httpStatus,
            boolean asOutcome,
            Function<Function<ApiClient.Call, ApiClient.Call>, ApiResponse> provoke) {
        @Override
        public String toString() {
            return code + " (HTTP " + httpStatus + ")";
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = List.of(
                new Case(
                        2000,
                        401,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/auth/push")
                                        .client("no-such-client")
                                        .json("{\"userKey\":\"alice\"}"))
                                .send()),
                new Case(
                        2002,
                        400,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/auth/push")
                                        .client(DEMO_CLIENT)
                                        .json("{}"))
                                .send()),
                new Case(
                        2004,
                        404,
                        false,
                        lang -> lang.apply(sim.api()
                                        .get("/api/v1/channels/" + "0".repeat(32))
                                        .client(DEMO_CLIENT))
                                .send()),
                new Case(2008, 404, false, lang -> push("nobody", lang)),
                new Case(2010, 409, false, lang -> {
                    steps.pushStarted("alice");
                    return push("alice", lang);
                }),
                new Case(
                        3005,
                        401,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/auth/otp")
                                        .client(DEMO_CLIENT)
                                        .json("{\"code\":\"000000\"}"))
                                .send()),
                new Case(
                        3100,
                        404,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/auth/push/cancel")
                                        .client(DEMO_CLIENT)
                                        .json("{\"userKey\":\"nobody\"}"))
                                .send()),
                new Case(3201, 403, false, lang -> push("judy", lang)),
                new Case(
                        3301,
                        403,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/auth/push")
                                        .client(UNCONFIGURED_CLIENT)
                                        .json("{\"userKey\":\"alice\"}"))
                                .send()),
                new Case(5001, 410, false, ErrorCodesTest::approveAfterTheDeadline),
                new Case(5005, 403, false, lang -> push("erin", lang)),
                new Case(5006, 403, false, lang -> push("frank", lang)),
                new Case(5007, 403, false, lang -> push("grace", lang)),
                new Case(5008, 403, false, lang -> push("heidi", lang)),
                new Case(5010, 200, true, lang -> {
                    ApiResponse started = steps.pushStarted("alice");
                    steps.answer("alice", started.text("sessionId"), "reject");
                    return poll(started, lang);
                }),
                new Case(5011, 200, true, lang -> {
                    steps.pushStarted("alice");
                    return lang.apply(sim.api()
                                    .post("/api/v1/auth/push/cancel")
                                    .client(DEMO_CLIENT)
                                    .json("{\"userKey\":\"alice\"}"))
                            .send();
                }),
                new Case(5015, 503, false, lang -> {
                    steps.faults("{\"channel\":1}");
                    return push("alice", lang);
                }),
                new Case(5017, 502, false, lang -> {
                    steps.faults("{\"push\":1}");
                    return push("alice", lang);
                }),
                new Case(
                        5019,
                        409,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/auth/push/cancel")
                                        .client(DEMO_CLIENT)
                                        .json("{\"userKey\":\"alice\"}"))
                                .send()),
                new Case(5022, 502, false, lang -> {
                    steps.faults("{\"node\":1}");
                    ApiResponse started = steps.pushStarted("alice");
                    return lang.apply(sim.api()
                                    .post("/api/v1/device/pushes/" + started.text("sessionId") + "/approve")
                                    .device(deviceTokenOf("alice")))
                            .send();
                }),
                new Case(
                        5023,
                        404,
                        false,
                        lang -> lang.apply(sim.api()
                                        .post("/api/v1/device/qr/scan")
                                        .device(deviceTokenOf("alice"))
                                        .json("{\"qrPayload\":\"" + "a".repeat(32) + "\"}"))
                                .send()),
                new Case(5024, 200, true, lang -> {
                    ApiResponse started = steps.qrStarted();
                    sim.api().get("/q/" + started.text("qrId")).send();
                    return poll(started, lang);
                }),
                new Case(2001, 500, false, lang -> {
                    steps.faults("{\"server\":1}");
                    return push("alice", lang);
                }),
                new Case(5026, 429, false, lang -> {
                    steps.admin("PUT", "/api/v1/admin/settings")
                            .json("{\"totp\":{\"dailyLimit\":1}}")
                            .send();
                    totp("000000", call -> call);
                    return totp(steps.totpCode("alice"), lang);
                }));
        return cases.stream()
                .flatMap(one -> Stream.of(Arguments.of(one, Locale.ENGLISH), Arguments.of(one, Locale.KOREAN)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void theApiAnswersWithTheCatalogueCode_status_andText(Case scenario, Locale language) {
        Function<ApiClient.Call, ApiClient.Call> withLanguage = language.equals(Locale.KOREAN)
                ? ApiClient.Call::korean
                : call -> call.header("Accept-Language", "en-US,en;q=0.9");
        ErrorCode expected = ErrorCode.ofCode(scenario.code()).orElseThrow();

        ApiResponse response = scenario.provoke().apply(withLanguage);

        assertThat(response.status()).as(response.toString()).isEqualTo(scenario.httpStatus());
        if (scenario.asOutcome()) {
            assertThat(response.rtCode()).isZero();
            assertThat(response.data().path("errorCode").asInt()).isEqualTo(scenario.code());
            assertThat(response.text("errorMessage")).isEqualTo(expected.description(language));
        } else {
            assertThat(response.rtCode()).isEqualTo(scenario.code());
            assertThat(response.rtMsg()).isEqualTo(expected.description(language));
            assertThat(response.text("solution")).isEqualTo(expected.solution(language));
            assertThat(response.text("detail")).isNotBlank();
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static ApiResponse push(String user, Function<ApiClient.Call, ApiClient.Call> lang) {
        return lang.apply(
                        sim.api().post("/api/v1/auth/push").client(DEMO_CLIENT).json("{\"userKey\":\"" + user + "\"}"))
                .send();
    }

    private static ApiResponse poll(ApiResponse started, Function<ApiClient.Call, ApiClient.Call> lang) {
        return lang.apply(sim.api()
                        .get("/api/v1/channels/" + started.text("channelKey"))
                        .client(DEMO_CLIENT))
                .send();
    }

    private static ApiResponse totp(String code, Function<ApiClient.Call, ApiClient.Call> lang) {
        return lang.apply(sim.api()
                        .post("/api/v1/auth/totp")
                        .client(DEMO_CLIENT)
                        .json("{\"userKey\":\"alice\",\"totpCode\":\"" + code + "\"}"))
                .send();
    }

    /**
     * The phone approves a push whose deadline has passed but which the sweeper (every 250 ms) has not
     * timed out yet: the clock is moved in process, without the admin route's expiry pass. When the
     * sweeper wins the race (the answer is then 5019), the scenario is tried again.
     */
    private static ApiResponse approveAfterTheDeadline(Function<ApiClient.Call, ApiClient.Call> lang) {
        ApiResponse answer = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            ApiResponse started = steps.pushStarted("alice");
            sim.control().time().advance(61_000);
            answer = lang.apply(sim.api()
                            .post("/api/v1/device/pushes/" + started.text("sessionId") + "/approve")
                            .device(deviceTokenOf("alice")))
                    .send();
            if (answer.rtCode() == 5001) {
                return answer;
            }
        }
        return answer;
    }
}
