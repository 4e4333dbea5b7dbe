package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.sim.adapter.in.support.ApiClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The builder's defaults: a free port, the demo seed, the system clock, one simulator for the class. */
class BuilderFreePortTest {

    @RegisterExtension
    static final BsaSimulatorExtension simulator =
            BsaSimulatorExtension.builder().build();

    @Test
    void theSimulator_listensOnAFreePort_withTheDemoSeed(SimulatorHandle handle) {
        assertThat(handle.port()).isPositive();
        assertThat(new ApiClient(handle.baseUrl()).get("/health").send().status())
                .isEqualTo(200);
        assertThat(handle.admin().users()).isNotEmpty();
        assertThatThrownBy(() -> handle.advanceClock(Duration.ofSeconds(1)))
                .as("the system clock")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("builder().virtualClock()");
    }

    @Test
    void outOfRangeSettings_areRefusedByTheBuilder() {
        assertThatThrownBy(() -> BsaSimulatorExtension.builder().port(65_536))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BsaSimulatorExtension.builder().deadline(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BsaSimulatorExtension.builder().totpDailyLimit(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
