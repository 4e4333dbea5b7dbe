package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.sim.adapter.in.support.SimulatorProcess;
import dev.bsa.sim.adapter.in.support.SimulatorProcess.Ended;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, as a real process, refusing to start: one line on standard error, exit 1 for a start that
 * failed and 2 for a bad option, and no stack trace anywhere (the JVM's standard streams included, where libraries
 * such as H2 write theirs).
 */
class StartFailureIT {

    @TempDir
    Path directory;

    @Test
    void aPortInUse_exitsWith1_withOneLineOnStandardError_andNoStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());

            Ended run = SimulatorProcess.runToEnd("--port", port, "--seed", "none");

            assertThat(run.exitStatus()).isEqualTo(1);
            assertThat(run.err())
                    .singleElement()
                    .asString()
                    .startsWith("bsa-server-sim: cannot start: ")
                    .contains(port);
            assertNoStackTraceAndNoError(run);
        }
    }

    @Test
    void anH2FileWhereNoDirectoryCanBe_exitsWith1_withOneLine_andNoStackTraceOfH2s() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("a-file"), "");

        Ended run = SimulatorProcess.runToEnd(
                "--port", "0", "--seed", "none", "--db", "jdbc:h2:file:" + notADirectory.resolve("data/bsa"));

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err())
                .singleElement()
                .asString()
                .startsWith("bsa-server-sim: cannot start: the H2 database's directory");
        assertNoStackTraceAndNoError(run);
    }

    @Test
    void aBadSeedFile_exitsWith2_withOneLineNamingThePathInTheFile() throws Exception {
        Path seed = Files.writeString(directory.resolve("seed.json"), "{\"users\": [{\"key\": \"u\", \"phone\": {}}]}");

        Ended run = SimulatorProcess.runToEnd("--port", "0", "--seed", seed.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).containsExactly("bsa-server-sim: " + seed + ": users[0].phone.mode: is required");
        assertNoStackTraceAndNoError(run);
    }

    @Test
    void aBadOption_exitsWith2_withOneLine() {
        Ended run = SimulatorProcess.runToEnd("--port", "0", "--retention", "1h");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err())
                .containsExactly("bsa-server-sim: --retention (BSA_RETENTION) must be a whole number between 1 and "
                        + "2592000 seconds, was 1h");
        assertThat(run.out()).isEmpty();
    }

    private static void assertNoStackTraceAndNoError(Ended run) {
        assertThat(run.out())
                .as("standard output")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception") || line.contains(" ERROR "));
        assertThat(run.err())
                .as("standard error")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains(" ERROR "));
    }
}
