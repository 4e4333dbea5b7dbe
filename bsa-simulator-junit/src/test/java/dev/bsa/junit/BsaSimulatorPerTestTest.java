package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.adapter.in.support.ApiClient;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code perTest = true}: every test gets a simulator of its own, closed when the test ends. */
@BsaSimulatorTest(perTest = true, seed = "none")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BsaSimulatorPerTestTest {

    private static SimulatorHandle previous;
    private SimulatorHandle fromBeforeEach;

    @BeforeEach
    void rememberTheTestsSimulator(SimulatorHandle simulator) {
        fromBeforeEach = simulator;
    }

    @AfterEach
    void theSimulatorStillRunsInAfterEach(SimulatorHandle simulator) {
        assertThat(new ApiClient(simulator.baseUrl()).get("/health").send().status())
                .isEqualTo(200);
    }

    @Test
    @Order(1)
    void firstTest_hasItsOwnSimulator_andLeavesAUserBehind(SimulatorHandle simulator) {
        previous = simulator;
        assertThat(simulator).isSameAs(fromBeforeEach);

        simulator.control().directory().saveUser(new UserKey("zoe"), UserStatus.ACTIVE, false, Optional.empty());

        assertThat(simulator.control().directory().users()).hasSize(1);
    }

    @Test
    @Order(2)
    void secondTest_hasANewSimulator_andTheFirstOneIsClosed(SimulatorHandle simulator) {
        assertThat(simulator).isNotSameAs(previous).isSameAs(fromBeforeEach);
        assertThat(simulator.control().directory().users())
                .as("seed none, nothing left over")
                .isEmpty();

        assertThatThrownBy(() -> previous.control().directory().users())
                .as("its database is closed")
                .isInstanceOf(DataAccessException.class);
        if (previous.port() != simulator.port()) {
            assertThatThrownBy(() -> new Socket()
                            .connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), previous.port()), 2_000))
                    .as("its port no longer answers")
                    .isInstanceOf(ConnectException.class);
        }
    }
}
