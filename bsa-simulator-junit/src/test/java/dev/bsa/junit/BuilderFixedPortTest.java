package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().port(n)}: the simulator listens on the port given, as a fixed test URL needs. */
class BuilderFixedPortTest {

    private static final int PORT = aFreePort();

    @RegisterExtension
    static final BsaSimulatorExtension simulator =
            BsaSimulatorExtension.builder().port(PORT).build();

    @Test
    void theSimulator_listensOnTheFixedPort(SimulatorHandle handle) {
        assertThat(handle.port()).isEqualTo(PORT);
        assertThat(handle.baseUrl()).endsWith(":" + PORT);
        assertThat(new ApiClient("http://127.0.0.1:" + PORT)
                        .get("/health")
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theFieldsHandle_isTheInjectedOne(SimulatorHandle handle) {
        assertThat(simulator.handle()).isSameAs(handle);
    }

    private static int aFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
