package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered on an instance field, the extension (as JUnit calls no beforeAll then) starts one simulator per test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuilderOnAnInstanceFieldTest {

    @RegisterExtension
    final BsaSimulatorExtension simulator = BsaSimulatorExtension.builder().build();

    private static SimulatorHandle first;

    @Test
    @Order(1)
    void firstTest_hasASimulator(SimulatorHandle handle) {
        first = handle;
        assertThat(simulator.handle()).isSameAs(handle);
    }

    @Test
    @Order(2)
    void secondTest_hasAnother(SimulatorHandle handle) {
        assertThat(handle).isNotSameAs(first);
        assertThat(simulator.handle()).isSameAs(handle);
    }
}
