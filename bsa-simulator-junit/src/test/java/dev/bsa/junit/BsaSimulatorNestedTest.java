package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.UserKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A {@code @Nested} class shares its enclosing class's simulator, unless it asks for its own. */
@BsaSimulatorTest
class BsaSimulatorNestedTest {

    private final SimulatorHandle outer;

    BsaSimulatorNestedTest(SimulatorHandle simulator) {
        this.outer = simulator;
    }

    @Test
    void theOuterClass_hasItsSimulator(SimulatorHandle simulator) {
        assertThat(simulator).isSameAs(outer);
    }

    @Nested
    class WithoutAnAnnotationOfItsOwn {

        @Test
        void aNestedTest_getsTheEnclosingClassesSimulator_resetToTheSeed(SimulatorHandle simulator) {
            assertThat(simulator).isSameAs(outer);
            assertThat(simulator.control().directory().user(new UserKey("alice")))
                    .isPresent();
        }
    }

    @Nested
    @BsaSimulatorTest(virtualClock = true, seed = "none")
    class WithAnAnnotationOfItsOwn {

        @Test
        void aNestedTest_getsASimulatorWithItsOwnSettings(SimulatorHandle simulator) {
            assertThat(simulator).isNotSameAs(outer);
            assertThat(simulator.control().time().isVirtual()).isTrue();
            assertThat(simulator.control().directory().users()).isEmpty();
        }
    }
}
