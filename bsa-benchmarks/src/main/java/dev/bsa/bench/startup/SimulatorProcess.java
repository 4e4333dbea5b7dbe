package dev.bsa.bench.startup;

import com.sun.management.OperatingSystemMXBean;
import dev.bsa.bench.machine.MachineCpu;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts the simulator's runnable jar as a new process on a free loopback port and times it until its
 * {@code /health} answers 200, then stops it (SIGTERM, a graceful shutdown). The process's output is
 * read for the simulator's own account of its start ("listening on ... after N ms").
 *
 * <p>The probe is a plain socket writing one HTTP/1.1 request ({@link LoopbackHttp}), every
 * {@value #POLL_MILLIS} ms: on two processors, a probe that costs CPU (a JDK {@code HttpClient} in a JVM that is itself still loading
 * classes, polled every 5 ms) takes a noticeable share of the machine from the start it measures.
 */
public final class SimulatorProcess {

    private static final Pattern SELF_REPORT = Pattern.compile("BSA simulator listening on .* after (\\d+) ms");
    private static final long POLL_MILLIS = 10;

    private final List<String> javaCommand;
    private final Map<String, String> environment;
    private final Duration timeout;

    /**
     * @param javaCommand the command up to and including {@code -jar <jar>}; {@code --port} and {@code --host} are added
     * @param timeout     how long a start may take
     */
    public SimulatorProcess(List<String> javaCommand, Duration timeout) {
        this(javaCommand, Map.of(), timeout);
    }

    /**
     * @param javaCommand the command up to and including {@code -jar <jar>} and any options; {@code --port} and
     *                    {@code --host} are added
     * @param environment variables set for the process
     * @param timeout     how long a start may take
     */
    public SimulatorProcess(List<String> javaCommand, Map<String, String> environment, Duration timeout) {
        this.javaCommand = List.copyOf(javaCommand);
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** Starts, times and stops one simulator process. */
    public StartupSample timeOneStart() throws IOException, InterruptedException {
        try (Running running = start()) {
            return running.sample();
        }
    }

    /** Starts one process and times it until healthy; it keeps running until the handle is closed. */
    public Running start() throws IOException, InterruptedException {
        int port = freePort();
        healthStatus(port); // loads the probe's classes before the clock starts: nothing listens there yet
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of("--port", String.valueOf(port), "--host", "127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Optional<MachineCpu.Reading> machineBefore = MachineCpu.read();
        long ownCpuBefore = ownCpuMillis();
        long started = System.nanoTime();
        Process process = builder.start();
        Running running = new Running(process, port);
        try {
            CompletableFuture<OptionalLong> selfReport = new CompletableFuture<>();
            Thread reader = new Thread(() -> drain(process, selfReport, running.lastLines), "bsa-startup-output");
            reader.setDaemon(true);
            reader.start();
            awaitHealthy(port, process, started, running);
            long toHealthy = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            OptionalLong cpu = cpuMillis(process.toHandle());
            OptionalDouble others = othersShare(machineBefore, MachineCpu.read(), cpu, ownCpuMillis() - ownCpuBefore);
            OptionalLong reported = selfReport
                    .completeOnTimeout(OptionalLong.empty(), 2, TimeUnit.SECONDS)
                    .join();
            running.sample = new StartupSample(toHealthy, reported, cpu, others);
            return running;
        } catch (RuntimeException | InterruptedException failure) {
            running.close();
            throw failure;
        }
    }

    /** A started process, healthy, on its port; closing it stops it (SIGTERM, then SIGKILL after 15 s). */
    public static final class Running implements AutoCloseable {

        private static final int KEPT_LINES = 30;

        private final Process process;
        private final int port;
        private final Deque<String> lastLines = new ArrayDeque<>();
        private StartupSample sample;

        private Running(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        /** How the start went. */
        public StartupSample sample() {
            return sample;
        }

        /** Its loopback port. */
        public int port() {
            return port;
        }

        /** {@code http://127.0.0.1:port}. */
        public String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        /** The process (not its children). */
        public ProcessHandle handle() {
            return process.toHandle();
        }

        /** CPU time the process and its children used so far, when the system tells. */
        public OptionalLong cpuMillis() {
            return SimulatorProcess.cpuMillis(process.toHandle());
        }

        /** The last lines it printed, for a failure's message. */
        public String lastOutput() {
            synchronized (lastLines) {
                return String.join(System.lineSeparator(), lastLines);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop(process);
        }
    }

    private void awaitHealthy(int port, Process process, long started, Running running) throws InterruptedException {
        while (System.nanoTime() - started < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process exited with " + process.exitValue()
                        + " before it was healthy: " + running.lastOutput());
            }
            if (healthStatus(port) == 200) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("the simulator was not healthy within " + timeout);
    }

    /**
     * The status of {@code GET /health} on the loopback port, or 0 when nothing answers (not listening yet,
     * or the connection closed before a status line).
     */
    public static int healthStatus(int port) {
        try {
            return LoopbackHttp.status(port, "/health");
        } catch (IOException notAnswering) {
            return 0;
        }
    }

    /**
     * The CPU time of the process and of every process it started; empty when the system does not say.
     */
    private static OptionalLong cpuMillis(ProcessHandle process) {
        long total = 0;
        for (ProcessHandle each :
                Stream.concat(Stream.of(process), process.descendants()).toList()) {
            Optional<Duration> cpu = each.info().totalCpuDuration();
            if (cpu.isEmpty()) {
                return OptionalLong.empty();
            }
            total += cpu.get().toMillis();
        }
        return OptionalLong.of(total);
    }

    private static OptionalDouble othersShare(
            Optional<MachineCpu.Reading> before,
            Optional<MachineCpu.Reading> after,
            OptionalLong simulatorCpu,
            long ownCpu) {
        if (before.isEmpty() || after.isEmpty() || simulatorCpu.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(before.get().othersShareUntil(after.get(), simulatorCpu.getAsLong() + ownCpu));
    }

    private static long ownCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime())
                : 0;
    }

    /** Reads the process's output to its end (so it never blocks on a full pipe), noting the self-report. */
    private static void drain(Process process, CompletableFuture<OptionalLong> selfReport, Deque<String> lastLines) {
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > Running.KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                }
                Matcher matcher = SELF_REPORT.matcher(line);
                if (matcher.find()) {
                    selfReport.complete(OptionalLong.of(Long.parseLong(matcher.group(1))));
                }
            }
        } catch (IOException e) {
            // The process ended; whatever was not read does not matter.
        } finally {
            selfReport.complete(OptionalLong.empty());
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
