package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Rule: on the virtual clock every test starts at {@link BsaSimulatorExtension#VIRTUAL_START}, whatever the tests before it did. */
@BsaSimulatorTest(virtualClock = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BsaSimulatorVirtualClockRewindTest {

    @Test
    @Order(1)
    void aTestThatMovesTheClockADayOn(SimulatorHandle simulator) {
        assertThat(simulator.control().time().now()).isEqualTo(BsaSimulatorExtension.VIRTUAL_START);

        simulator.advanceClock(Duration.ofDays(1));

        assertThat(simulator.control().time().now())
                .isEqualTo(BsaSimulatorExtension.VIRTUAL_START.plus(Duration.ofDays(1)));
    }

    @Test
    @Order(2)
    void theNextTest_startsAtTheVirtualStartAgain(SimulatorHandle simulator) {
        assertThat(simulator.control().time().now()).isEqualTo(BsaSimulatorExtension.VIRTUAL_START);
    }
}
