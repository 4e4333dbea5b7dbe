package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.client.Fault;
import dev.bsa.client.PhoneMode;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.application.model.FaultKind;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One simulator for the whole class, injected wherever a {@link SimulatorHandle} is asked for, and
 * reset to the demo seed before every test: the first test changes everything, the second finds
 * the seed again on the same port.
 */
@BsaSimulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BsaSimulatorPerClassTest {

    private static SimulatorHandle fromBeforeAll;
    private static SimulatorHandle firstTests;
    private static String firstTestsDeviceToken;

    private final SimulatorHandle fromConstructor;
    private SimulatorHandle fromBeforeEach;

    BsaSimulatorPerClassTest(SimulatorHandle simulator) {
        this.fromConstructor = simulator;
    }

    @BeforeAll
    static void rememberTheClassesSimulator(SimulatorHandle simulator) {
        fromBeforeAll = simulator;
    }

    @BeforeEach
    void rememberTheTestsSimulator(SimulatorHandle simulator, TestInfo test) {
        fromBeforeEach = simulator;
        assertThat(test.getDisplayName())
                .as("other resolvers still work beside it")
                .isNotBlank();
    }

    @Test
    @Order(1)
    void firstTest_getsTheClassesSimulator_andChangesItsStateInEveryWay(SimulatorHandle simulator) {
        firstTests = simulator;
        assertThat(simulator).isSameAs(fromBeforeAll).isSameAs(fromConstructor).isSameAs(fromBeforeEach);
        ApiClient http = new ApiClient(simulator.baseUrl());

        assertThat(admin(http, simulator, "PUT", "/api/v1/admin/users/zoe", "{\"status\":\"ACTIVE\"}")
                        .status())
                .isEqualTo(200);
        admin(http, simulator, "PUT", "/api/v1/admin/settings", "{\"authDeadlineSeconds\":30}");
        assertThat(push(http, simulator, "alice").status())
                .as("a login left live")
                .isEqualTo(200);
        simulator.failNext(Fault.CHANNEL, 3);
        simulator.phone("alice", PhoneMode.AUTO_REJECT, Duration.ofSeconds(5));
        firstTestsDeviceToken = simulator.deviceToken("ivan");

        assertThat(http.get("/api/v1/device/me")
                        .device(firstTestsDeviceToken)
                        .send()
                        .text("userKey"))
                .as("ivan, who had no phone, is given one")
                .isEqualTo("ivan");
        assertThat(simulator.control().faults().pending()).containsEntry(FaultKind.CHANNEL, 3);
    }

    @Test
    @Order(2)
    void secondTest_getsTheSameSimulatorOnTheSamePort_resetToTheDemoSeed(SimulatorHandle simulator) {
        assertThat(simulator).isSameAs(firstTests).isSameAs(fromConstructor);
        assertThat(simulator.port()).isEqualTo(firstTests.port());
        ApiClient http = new ApiClient(simulator.baseUrl());

        assertThat(admin(http, simulator, "GET", "/api/v1/admin/users/zoe", null)
                        .rtCode())
                .as("zoe is gone")
                .isEqualTo(2008);
        assertThat(admin(http, simulator, "GET", "/api/v1/admin/settings", null)
                        .data()
                        .path("authDeadlineSeconds")
                        .asInt())
                .isEqualTo(60);
        assertThat(simulator.control().faults().pending())
                .allSatisfy((kind, left) -> assertThat(left).as(kind.name()).isZero());
        assertThat(admin(http, simulator, "GET", "/api/v1/admin/users/alice/phone", null)
                        .text("mode"))
                .isEqualTo("MANUAL");
        assertThat(http.get("/api/v1/device/me")
                        .device(firstTestsDeviceToken)
                        .send()
                        .status())
                .as("the last test's phone token is void")
                .isEqualTo(401);
        assertThat(admin(http, simulator, "GET", "/api/v1/admin/users/ivan", null)
                        .data()
                        .path("deviceRegistered")
                        .asBoolean())
                .as("ivan has no phone again")
                .isFalse();
        assertThat(simulator.deviceToken("ivan")).isNotEqualTo(firstTestsDeviceToken);
        assertThat(push(http, simulator, "alice").status())
                .as("no login left over, no fault left queued")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void theHandle_givesTheDemoCredentials_andTheyWork(SimulatorHandle simulator) {
        ApiClient http = new ApiClient(simulator.baseUrl());

        assertThat(simulator.clientKey()).isEqualTo("demo-client-key");
        assertThat(simulator.webSocketBaseUrl()).isEqualTo("ws://localhost:" + simulator.port());
        assertThat(simulator.deviceToken("alice"))
                .as("the demo seed's own token")
                .isEqualTo("demo-device-alice")
                .isSameAs(simulator.deviceToken("alice"));
        assertThat(http.get("/api/v1/device/me")
                        .device(simulator.deviceToken("alice"))
                        .send()
                        .text("userKey"))
                .isEqualTo("alice");
        assertThat(admin(http, simulator, "GET", "/api/v1/admin/clients", null).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/admin/clients").send().status())
                .as("the admin token is needed")
                .isEqualTo(401);
    }

    @Test
    @Order(4)
    void aPhoneTokenForNoUser_isRefused(SimulatorHandle simulator) {
        assertThatThrownBy(() -> simulator.deviceToken("nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no user nobody to give a phone to");
    }

    @Test
    @Order(5)
    void failNext_failsTheNextLogins_thenTheyWorkAgain(SimulatorHandle simulator) {
        ApiClient http = new ApiClient(simulator.baseUrl());
        simulator.failNext(Fault.PUSH, 1);

        assertThat(push(http, simulator, "alice").rtCode()).isEqualTo(5017);
        assertThat(push(http, simulator, "alice").rtCode()).isZero();
    }

    @Test
    @Order(6)
    void phone_makesTheUsersPhoneAnswerByItself(SimulatorHandle simulator) throws InterruptedException {
        ApiClient http = new ApiClient(simulator.baseUrl());
        simulator.phone("alice", PhoneMode.AUTO_APPROVE, Duration.ZERO);

        String channel = push(http, simulator, "alice").text("channelKey");

        assertThat(awaitEnd(http, simulator, channel).text("status")).isEqualTo("AuthCompleted");
        assertThatThrownBy(() -> simulator.phone("nobody", PhoneMode.MANUAL, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody");
    }

    @Test
    @Order(7)
    void onTheSystemClock_advanceClock_isRefusedWithAHint(SimulatorHandle simulator) {
        assertThatThrownBy(() -> simulator.advanceClock(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("virtualClock = true");
    }

    static ApiResponse push(ApiClient http, SimulatorHandle simulator, String user) {
        return http.post("/api/v1/auth/push")
                .client(simulator.clientKey())
                .json("{\"userKey\":\"" + user + "\"}")
                .send();
    }

    /** Polls the channel (bounded) until its login has ended. */
    static ApiResponse awaitEnd(ApiClient http, SimulatorHandle simulator, String channel) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ApiResponse polled = http.get("/api/v1/channels/" + channel)
                .client(simulator.clientKey())
                .send();
        while (!polled.data().has("errorCode") && !polled.data().hasNonNull("accessToken")) {
            assertThat(System.nanoTime())
                    .as("the login ends within 10 s: %s", polled)
                    .isLessThan(deadline);
            Thread.sleep(20);
            polled = http.get("/api/v1/channels/" + channel)
                    .client(simulator.clientKey())
                    .send();
        }
        return polled;
    }

    private static ApiResponse admin(
            ApiClient http, SimulatorHandle simulator, String method, String path, String json) {
        ApiClient.Call call = http.method(method, path).admin(simulator.adminToken());
        return (json == null ? call : call.json(json)).send();
    }
}
