package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.SimulatorProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar bsa-server-sim.jar --port 0 --ready-file FILE} as a script runs it: the file appears once the
 * simulator answers, tells where it is and how to reach its admin API, and is gone after SIGTERM.
 */
class ReadyFileIT {

    private static final int TERMINATED_BY_SIGTERM = 128 + 15;

    @TempDir
    Path directory;

    @Test
    void givenAReadyFile_itAppearsOnceHealthAnswers_namesTheSimulator_andGoesAtTheStop() throws Exception {
        Path readyFile = directory.resolve("ready.json");
        try (SimulatorProcess simulator =
                SimulatorProcess.start("--port", "0", "--seed", "demo", "--ready-file", readyFile.toString())) {
            JsonNode ready = awaitReadyFile(simulator, readyFile);

            assertThat(ready.path("pid").asLong()).isEqualTo(simulator.pid());
            assertThat(ready.path("port").asInt()).isPositive();
            assertThat(ready.path("baseUrl").asText())
                    .isEqualTo("http://localhost:" + ready.path("port").asInt());
            assertThat(ready.path("clientKey").asText()).isEqualTo("demo-client-key");
            ApiClient api = new ApiClient(ready.path("baseUrl").asText());
            assertThat(api.get("/health").send().status()).isEqualTo(200);
            assertThat(api.get("/api/v1/admin/users")
                            .admin(ready.path("adminToken").asText())
                            .send()
                            .status())
                    .isEqualTo(200);

            simulator.terminate();

            assertThat(simulator.awaitExit()).isEqualTo(TERMINATED_BY_SIGTERM);
            assertThat(readyFile).doesNotExist();
            try (var left = Files.list(directory)) {
                assertThat(left).as("no temporary file left behind").isEmpty();
            }
        }
    }

    /** Polls the file system for the file (a file tells no one it appeared), failing at once if the process ends. */
    private static JsonNode awaitReadyFile(SimulatorProcess simulator, Path readyFile) throws Exception {
        long deadline = System.nanoTime() + SimulatorProcess.HANG_GUARD.toNanos();
        while (!Files.exists(readyFile)) {
            assertThat(simulator.handle().isAlive())
                    .as("the simulator ended before it was ready; it wrote:%n%s", simulator.output())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as(
                            "the ready file within %s; the simulator wrote:%n%s",
                            SimulatorProcess.HANG_GUARD, simulator.output())
                    .isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return new ObjectMapper().readTree(readyFile.toFile());
    }
}
