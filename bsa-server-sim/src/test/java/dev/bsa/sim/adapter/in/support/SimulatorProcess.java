package dev.bsa.sim.adapter.in.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable jar ({@code java -jar bsa-server-sim.jar ...}) as a real process of its own, for the tests that
 * kill it or stop it with a signal. Its standard output and error are read as they come, so that a test waits on
 * a line (the banner) instead of sleeping. The jar is the one {@code mvn package} made: the build passes its path in
 * the system property {@value #JAR_PROPERTY} to the integration tests.
 */
public final class SimulatorProcess implements AutoCloseable {

    /** The system property naming the runnable jar. */
    public static final String JAR_PROPERTY = "bsa.simulator.jar";
    /** How long a test waits for a start or an exit at most: a guard against a hang, not an expectation. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private static final long FOLLOW_MILLIS = 10;
    private static final Pattern API_LINE = Pattern.compile("API: +(http://localhost:(\\d+))/api/v1");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private SimulatorProcess(Process process, Path output) {
        this.process = process;
        this.reader = new Thread(() -> read(output), "simulator-process-output-" + process.pid());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** What a process that ended wrote: its exit status, and its standard output and error line by line. */
    public record Ended(int exitStatus, List<String> out, List<String> err) {}

    /**
     * Runs {@code java -jar bsa-server-sim.jar arguments...} to its end (a run that cannot start, say), its standard
     * output and error kept apart.
     */
    public static Ended runToEnd(String... arguments) {
        try {
            Path out = Files.createTempFile("bsa-simulator-", ".out");
            Path err = Files.createTempFile("bsa-simulator-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command(arguments))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().keySet().removeIf(name -> name.startsWith("BSA_"));
                Process process = builder.start();
                if (!process.waitFor(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("the process did not end within " + HANG_GUARD + "; it wrote:\n"
                            + Files.readString(out) + Files.readString(err));
                }
                return new Ended(
                        process.exitValue(),
                        Files.readAllLines(out, StandardCharsets.UTF_8),
                        Files.readAllLines(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Starts {@code java -jar bsa-server-sim.jar arguments...} with no {@code BSA_} variable of the test's own. */
    public static SimulatorProcess start(String... arguments) {
        List<String> command = command(arguments);
        try {
            // A file, not a pipe: the JDK closes a process's pipe when the process ends, under a read in progress,
            // and what the process wrote last (its stop) could be lost.
            Path output = Files.createTempFile("bsa-simulator-", ".log");
            output.toFile().deleteOnExit();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().keySet().removeIf(name -> name.startsWith("BSA_"));
            return new SimulatorProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runnable jar the build made. */
    public static Path jar() {
        String configured = System.getProperty(JAR_PROPERTY);
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "bsa-server-sim.jar");
        assertThat(Files.isRegularFile(jar))
                .as(
                        "the runnable jar %s (run these tests with mvn verify, after the package phase)",
                        jar.toAbsolutePath())
                .isTrue();
        return jar;
    }

    /** A loopback port that was free a moment ago, for a simulator that must come back on the same port. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the banner names the API and returns the base URL, e.g. {@code http://localhost:8080}. */
    public String awaitStarted() {
        return awaitLine(API_LINE).group(1);
    }

    /** Waits for a line matching {@code pattern}, failing when the process ends first or the guard runs out. */
    public Matcher awaitLine(Pattern pattern) {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        int next = 0;
        synchronized (lines) {
            while (true) {
                for (; next < lines.size(); next++) {
                    Matcher matcher = pattern.matcher(lines.get(next));
                    if (matcher.find()) {
                        return matcher;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                assertThat(left > 0 && (reader.isAlive() || next < lines.size()))
                        .as("a line matching %s; the process wrote:%n%s", pattern, output())
                        .isTrue();
                try {
                    lines.wait(Math.min(left, 1_000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }

    /** The process's id. */
    public long pid() {
        return process.pid();
    }

    /** The process as the operating system sees it. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends SIGKILL: the process ends at once, without running anything of its own. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Sends SIGTERM, as {@code kill PID}, a container stop or Ctrl+C's signal does. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit status. */
    public int awaitExit() {
        try {
            return process.onExit()
                    .get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)
                    .exitValue();
        } catch (TimeoutException e) {
            throw new AssertionError("the process did not end within " + HANG_GUARD + "; it wrote:\n" + output(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the process wrote (standard output and error), once it has ended; so far, before. */
    public String output() {
        if (!process.isAlive()) {
            try {
                reader.join(HANG_GUARD.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lines) {
            return String.join(System.lineSeparator(), lines);
        }
    }

    /** The lines written so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Follows the output file line by line until the process has ended and everything it wrote is read. */
    private void read(Path output) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(output))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int next = in.read();
                if (next == '\n') {
                    add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else if (next >= 0) {
                    line.write(next);
                } else if (process.isAlive()) {
                    // The end of what was written so far: look again shortly (a file tells no one it grew).
                    Thread.sleep(FOLLOW_MILLIS);
                } else if (in.available() == 0) {
                    if (line.size() > 0) {
                        add(line.toString(StandardCharsets.UTF_8));
                    }
                    return;
                }
            }
        } catch (IOException e) {
            add("(the simulator's output could not be read: " + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    private void add(String line) {
        synchronized (lines) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            lines.notifyAll();
        }
    }

    /** Kills the process (and anything it started) if a test left it running. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the simulator process " + pid() + " did not end", e);
        }
    }
}
