package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code virtualClock = true}: time stands still until the test moves it, and moving it expires what falls due. */
@BsaSimulatorTest(virtualClock = true)
class BsaSimulatorVirtualClockTest {

    @Test
    void theClock_standsStill_untilAdvanced_andAdvancesByExactlyTheAmount(SimulatorHandle simulator) {
        Instant before = simulator.control().time().now();
        assertThat(simulator.control().time().isVirtual()).isTrue();
        assertThat(before).isAfterOrEqualTo(BsaSimulatorExtension.VIRTUAL_START);

        simulator.advanceClock(Duration.ofMinutes(90));

        assertThat(simulator.control().time().now()).isEqualTo(before.plus(Duration.ofMinutes(90)));
    }

    @Test
    void advancingPastTheDeadline_timesOutTheLiveLogin_with5001(SimulatorHandle simulator) {
        ApiClient http = new ApiClient(simulator.baseUrl());
        String channel = BsaSimulatorPerClassTest.push(http, simulator, "dave").text("channelKey");

        simulator.advanceClock(Duration.ofSeconds(61));

        ApiResponse polled = http.get("/api/v1/channels/" + channel)
                .client(simulator.clientKey())
                .send();
        assertThat(polled.text("status")).isEqualTo("AuthTimeout");
        assertThat(polled.data().path("errorCode").asInt()).isEqualTo(5001);
    }

    @Test
    void advancingOneStep_changesTheTotpCodeTheAppShows(SimulatorHandle simulator) {
        ApiClient http = new ApiClient(simulator.baseUrl());
        String token = simulator.deviceToken("alice");
        String before = http.get("/api/v1/device/totp").device(token).send().text("code");

        simulator.advanceClock(Duration.ofSeconds(60));

        assertThat(http.get("/api/v1/device/totp").device(token).send().text("code"))
                .isNotEqualTo(before);
    }

    @Test
    void aNegativeAmount_isRefused(SimulatorHandle simulator) {
        assertThatThrownBy(() -> simulator.advanceClock(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and");
    }
}
