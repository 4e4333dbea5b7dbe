package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.client.PhoneMode;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().perTest()}: every test has a simulator of its own, closed when the test ends. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuilderPerTestTest {

    @RegisterExtension
    static final BsaSimulatorExtension simulator =
            BsaSimulatorExtension.builder().perTest().build();

    private static SimulatorHandle first;

    @Test
    @Order(1)
    void firstTest_hasItsOwnSimulator(SimulatorHandle handle) {
        first = handle;
        assertThat(simulator.handle()).isSameAs(handle);
        handle.phone("alice", PhoneMode.AUTO_REJECT, Duration.ZERO);
    }

    @Test
    @Order(2)
    void secondTest_hasAnother_withTheSeedsPhones(SimulatorHandle handle) {
        assertThat(handle).isNotSameAs(first);
        assertThat(simulator.handle()).isSameAs(handle);
        assertThat(handle.admin().phones().behaviour("alice").mode()).isEqualTo(PhoneMode.MANUAL);
    }
}
