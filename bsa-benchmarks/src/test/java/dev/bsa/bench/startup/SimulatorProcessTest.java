package dev.bsa.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class SimulatorProcessTest {

    @Test
    void theProbeReadsTheStatusThatHealthAnswers() throws IOException {
        for (int status : new int[] {200, 503}) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/health", exchange -> {
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            try {
                assertThat(SimulatorProcess.healthStatus(server.getAddress().getPort()))
                        .isEqualTo(status);
            } finally {
                server.stop(0);
            }
        }
    }

    @Test
    void givenNothingListening_theProbeSaysZero() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        assertThat(SimulatorProcess.healthStatus(port)).isZero();
    }

    @Test
    void givenAListenerThatClosesWithoutAnswering_theProbeSaysZero() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread closer = new Thread(() -> {
                try {
                    socket.accept().close();
                } catch (IOException ignored) {
                    // the test ends either way
                }
            });
            closer.start();

            assertThat(SimulatorProcess.healthStatus(socket.getLocalPort())).isZero();
            closer.join(5_000);
        }
    }
}
