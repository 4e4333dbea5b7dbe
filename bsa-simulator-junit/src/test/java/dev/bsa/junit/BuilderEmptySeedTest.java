package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().emptySeed()}: no website, no user, until the test makes them. */
class BuilderEmptySeedTest {

    @RegisterExtension
    static final BsaSimulatorExtension simulator =
            BsaSimulatorExtension.builder().emptySeed().build();

    @Test
    void theSimulator_startsEmpty(SimulatorHandle handle) {
        assertThat(handle.admin().users()).isEmpty();
        assertThat(handle.admin().clients()).isEmpty();
    }
}
