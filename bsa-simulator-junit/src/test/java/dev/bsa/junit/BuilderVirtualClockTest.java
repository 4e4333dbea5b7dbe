package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.client.ClockAdvance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().virtualClock(start)}: every test starts at that instant, and time moves when the test says. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuilderVirtualClockTest {

    private static final Instant START = Instant.parse("2030-02-28T23:59:00Z");

    @RegisterExtension
    static final BsaSimulatorExtension simulator =
            BsaSimulatorExtension.builder().virtualClock(START).build();

    @Test
    @Order(1)
    void theClock_startsAtTheInstantGiven_andMovesByExactlyTheAmount(SimulatorHandle handle) {
        assertThat(handle.now()).isEqualTo(START);
        assertThat(handle.admin().simulation().clock().virtual()).isTrue();

        ClockAdvance advanced = handle.advanceClock(Duration.ofDays(1));

        assertThat(advanced.now()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(handle.now()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    @Order(2)
    void theNextTest_startsAtTheInstantGivenAgain(SimulatorHandle handle) {
        assertThat(handle.now()).isEqualTo(START);
    }

    @Test
    @Order(3)
    void withoutAnInstant_theClockStartsAtTheFixedDefault() {
        assertThat(BsaSimulatorExtension.builder().virtualClock().options().virtualClock())
                .contains(BsaSimulatorExtension.VIRTUAL_START);
        assertThat(BsaSimulatorExtension.builder().options().virtualClock())
                .as("the system clock by default")
                .isEmpty();
    }
}
