package dev.bsa.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar bsa-server-sim.jar} as a user runs it, with the class-data archive the build made next to
 * it (bsa-server-sim's package phase, which the reactor runs before this module's tests): the command runs in a
 * second JVM that maps the archive, and the two behave as one process towards the user.
 */
class RunnableJarTest {

    private static final Path JAR = Path.of("..", "bsa-server-sim", "target", "bsa-server-sim.jar").toAbsolutePath().normalize();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final long WAIT_SECONDS = 60;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void theBuildMadeAClassDataArchiveForTheJar() {
        assertThat(JAR.resolveSibling("bsa-server-sim.jsa")).isNotEmptyFile();
        assertThat(JAR.resolveSibling("bsa-server-sim.jsa.properties")).content().contains("jar=" + JAR);
    }

    @Test
    void javaJar_runsTheSimulatorInASecondJvm_andStoppingTheFirstStopsBothGracefully() throws Exception {
        int port = freePort();
        Running simulator = start(Map.of(), List.of(), "--port", String.valueOf(port), "--host", "127.0.0.1");
        awaitHealthy(port, simulator);
        List<ProcessHandle> children = simulator.process().children().toList();
        assertThat(children).as("the second JVM").hasSize(1);

        simulator.process().toHandle().destroy(); // SIGTERM, as kill does (Process.destroy would also close our end of its output)

        assertThat(simulator.process().waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(children.get(0).onExit().get(WAIT_SECONDS, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(simulator.output()).contains("BSA Simulator is running", "BSA simulator stopped");
        assertThat(SimulatorProcess.healthStatus(port)).isZero();
    }

    @Test
    void whenTheFirstJvmIsKilledOutright_theSecondStopsByItself() throws Exception {
        int port = freePort();
        Running simulator = start(Map.of(), List.of(), "--port", String.valueOf(port), "--host", "127.0.0.1");
        awaitHealthy(port, simulator);
        ProcessHandle second = simulator.process().children().findFirst().orElseThrow();

        simulator.process().toHandle().destroyForcibly();

        assertThat(second.onExit().get(WAIT_SECONDS, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(SimulatorProcess.healthStatus(port)).isZero();
    }

    @Test
    void withBsaClassArchiveOff_orWithJvmOptions_itRunsInTheJvmThatJavaStarted() throws Exception {
        int port = freePort();
        Running off = start(Map.of("BSA_CLASS_ARCHIVE", "off"), List.of(), "--port", String.valueOf(port), "--host", "127.0.0.1");
        awaitHealthy(port, off);
        assertThat(off.process().children().toList()).isEmpty();
        off.process().toHandle().destroy();
        assertThat(off.process().waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        int otherPort = freePort();
        Running withOption = start(Map.of(), List.of("-Xmx256m"), "--port", String.valueOf(otherPort), "--host", "127.0.0.1");
        awaitHealthy(otherPort, withOption);
        assertThat(withOption.process().children().toList()).isEmpty();
    }

    @Test
    void theCommandsOutputAndExitStatusComeThroughTheFirstJvm() throws Exception {
        Running version = start(Map.of(), List.of(), "--version");
        assertThat(version.process().waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(version.process().exitValue()).isZero();
        assertThat(version.output()).contains("BSA Simulator 0.1.0");

        Running badOption = start(Map.of(), List.of(), "--port", "eighty");
        assertThat(badOption.process().waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(badOption.process().exitValue()).isEqualTo(2);
        assertThat(badOption.output()).contains("bsa-server-sim: ", "--port");
    }

    private Running start(Map<String, String> environment, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BSA_CLASS_ARCHIVE");
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream(), output), "jar-output");
        reader.setDaemon(true);
        reader.start();
        return new Running(process, output, reader);
    }

    private static void awaitHealthy(int port, Running simulator) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (SimulatorProcess.healthStatus(port) != 200) {
            assertThat(simulator.process().isAlive()).as("still running: " + simulator.output()).isTrue();
            assertThat(System.nanoTime()).as("healthy within " + WAIT_SECONDS + " s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ended) {
            // the process is gone
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started jar and what it printed so far. */
    private record Running(Process process, ByteArrayOutputStream buffer, Thread reader) {

        String output() throws InterruptedException {
            if (!process.isAlive()) {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            }
            synchronized (buffer) {
                return buffer.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
