package dev.bsa.sim.adapter.in.http;

import static dev.bsa.sim.adapter.in.support.RunningSimulator.DEMO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and clumsy input: always the envelope with 2002 (404/405 for routes, 413 for size), never a
 * 500, and the simulator's state unchanged (the export before and after each test is the same).
 */
class BadInputTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private final Scenarios steps = new Scenarios(sim);
    private String stateBefore;

    @BeforeEach
    void exportState() {
        stateBefore = export();
    }

    @AfterEach
    void stateIsUnchanged() {
        assertThat(export()).isEqualTo(stateBefore);
    }

    static Stream<Arguments> badPushBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"userKey\":"),
                Arguments.of("trailing garbage", "{\"userKey\":\"alice\"} {}"),
                Arguments.of("an array", "[\"alice\"]"),
                Arguments.of("a bare string", "\"alice\""),
                Arguments.of("missing field", "{}"),
                Arguments.of("null field", "{\"userKey\":null}"),
                Arguments.of("number field", "{\"userKey\":42}"),
                Arguments.of("object field", "{\"userKey\":{\"value\":\"alice\"}}"),
                Arguments.of("duplicate field", "{\"userKey\":\"nobody\",\"userKey\":\"alice\"}"),
                Arguments.of("empty key", "{\"userKey\":\"\"}"),
                Arguments.of("huge key", "{\"userKey\":\"" + "a".repeat(10_000) + "\"}"),
                Arguments.of("non-ASCII key", "{\"userKey\":\"앨리스\"}"),
                Arguments.of("emoji key", "{\"userKey\":\"alice\uD83D\uDE00\"}"),
                Arguments.of("control characters", "{\"userKey\":\"ali\\u0000ce\"}"),
                Arguments.of("SQL injection", "{\"userKey\":\"alice' OR '1'='1\"}"),
                Arguments.of("SQL statement", "{\"userKey\":\"x'; DROP TABLE USERS; --\"}"),
                Arguments.of("form encoding", "userKey=alice"),
                Arguments.of("XML", "<userKey>alice</userKey>"),
                Arguments.of("deep nesting", "[".repeat(5000) + "]".repeat(5000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPushBodies")
    void aPushWithABadBody_gets2002(String what, String body) {
        ApiResponse answer = sim.api()
                .post("/api/v1/auth/push")
                .client(DEMO_CLIENT)
                .json(body)
                .send();

        assertBadInput(answer, 400);
    }

    @Test
    void aBodyThatIsNotUtf8_gets2002() {
        ApiResponse answer = sim.api()
                .post("/api/v1/auth/push")
                .client(DEMO_CLIENT)
                .bytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "application/json")
                .send();

        assertBadInput(answer, 400);
    }

    @Test
    void anOversizedBody_gets413With2002() {
        String body = "{\"userKey\":\"alice\",\"padding\":\"" + "x".repeat(70 * 1024) + "\"}";

        ApiResponse answer = sim.api()
                .post("/api/v1/auth/push")
                .client(DEMO_CLIENT)
                .json(body)
                .send();

        assertBadInput(answer, 413);
    }

    @Test
    void wronglyTypedFields_nameTheField() {
        ApiResponse totp = sim.api()
                .post("/api/v1/auth/totp")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\",\"totpCode\":123456}")
                .send();
        ApiResponse otp = sim.api()
                .post("/api/v1/auth/otp")
                .client(DEMO_CLIENT)
                .json("{\"code\":true}")
                .send();

        assertBadInput(totp, 400);
        assertThat(totp.text("detail")).contains("totpCode");
        assertBadInput(otp, 400);
        assertThat(otp.text("detail")).contains("code");
    }

    @Test
    void anUnknownField_isRefusedWith2002_namingItAndTheKnownOnes() {
        ApiResponse answer = sim.api()
                .post("/api/v1/auth/push/cancel")
                .client(DEMO_CLIENT)
                .json("{\"userKey\":\"alice\",\"reason\":\"just because\"}")
                .send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.rtCode()).isEqualTo(2002);
        assertThat(answer.data().path("detail").asText()).isEqualTo("unknown field 'reason' (known: userKey)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/nope",
                "/api/v1/auth",
                "/api/v1/nope",
                "/api/v2/auth/push",
                "/api/v1/channels/x/y/z",
                "/ws/v1/nope",
                "/q"
            })
    void unknownRoutes_get404With2002(String path) {
        assertBadInput(sim.api().get(path).client(DEMO_CLIENT).send(), 404);
    }

    @Test
    void aWrongMethod_gets405With2002() {
        assertBadInput(sim.api().get("/api/v1/auth/push").client(DEMO_CLIENT).send(), 405);
        assertBadInput(
                sim.api()
                        .delete("/api/v1/channels/" + "0".repeat(32))
                        .client(DEMO_CLIENT)
                        .send(),
                405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "..%2F..%2Fetc%2Fpasswd", "ABCDEF0123456789ABCDEF0123456789", "0", "채널"})
    void malformedChannelKeys_get2002(String key) {
        String path = "/api/v1/channels/" + (key.contains("%") ? key : URLEncoder.encode(key, StandardCharsets.UTF_8));

        ApiResponse answer = sim.api().get(path).client(DEMO_CLIENT).send();

        assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
        assertThat(answer.rtCode()).isEqualTo(2002);
    }

    @Test
    void aNulByteInThePath_isRefusedBeforeReachingTheApi() {
        ApiResponse answer =
                sim.api().get("/api/v1/channels/%00").client(DEMO_CLIENT).send();

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void malformedSessionIdsAndQrPayloads_onTheDeviceSide_get2002Or5023() {
        ApiResponse start = sim.api()
                .post("/api/v1/device/pushes/" + URLEncoder.encode("1; DROP TABLE x", StandardCharsets.UTF_8)
                        + "/start")
                .device("demo-device-alice")
                .send();
        ApiResponse scan = sim.api()
                .post("/api/v1/device/qr/scan")
                .device("demo-device-alice")
                .json("{\"qrPayload\":\"" + "q".repeat(50_000) + "\"}")
                .send();
        ApiResponse scanMissing = sim.api()
                .post("/api/v1/device/qr/scan")
                .device("demo-device-alice")
                .json("{}")
                .send();

        assertBadInput(start, 400);
        assertThat(scan.rtCode()).isEqualTo(5023);
        assertBadInput(scanMissing, 400);
        assertThat(scanMissing.text("detail")).contains("qrPayload");
    }

    @Test
    void adminInputOutOfRange_gets2002_andChangesNothing() {
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/settings")
                        .json("{\"authDeadlineSeconds\":0}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/settings")
                        .json("{\"totp\":{\"digits\":99}}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/settings")
                        .json("{\"totp\":{\"dayZone\":\"Mars/Olympus\"}}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/settings")
                        .json("{\"authDeadlineSeconds\":\"60\"}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/faults").json("{\"push\":-1}").send(), 400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/users/" + URLEncoder.encode("x' OR 1=1", StandardCharsets.UTF_8))
                        .json("{}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/users/alice")
                        .json("{\"status\":\"GODMODE\"}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/users/alice")
                        .json("{\"totpSecret\":\"not base32!\"}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/users/alice/phone")
                        .json("{\"mode\":\"SOMETIMES\"}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/clients/demo-client-key")
                        .json("{\"loginTypes\":[\"FAX\"]}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("POST", "/api/v1/admin/clock/advance").json("{}").send(), 400);
        assertBadInput(
                steps.admin("POST", "/api/v1/admin/clock/advance")
                        .json("{\"millis\":-5}")
                        .send(),
                400);
        assertBadInput(steps.admin("GET", "/api/v1/admin/sessions?limit=abc").send(), 400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/state")
                        .json("{\"format\":\"something else\"}")
                        .send(),
                400);
        assertBadInput(
                steps.admin("PUT", "/api/v1/admin/state")
                        .json("not json at all")
                        .send(),
                400);
    }

    private static void assertBadInput(ApiResponse answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.rtCode()).as(answer.toString()).isEqualTo(2002);
        assertThat(answer.rtMsg()).isEqualTo("Required parameter missing or malformed");
        assertThat(answer.text("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String export() {
        ApiResponse exported = steps.admin("GET", "/api/v1/admin/state").send();
        assertThat(exported.status()).isEqualTo(200);
        return exported.body();
    }
}
