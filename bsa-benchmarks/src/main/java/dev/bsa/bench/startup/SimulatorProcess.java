package dev.bsa.bench.startup;

import com.sun.management.OperatingSystemMXBean;
import dev.bsa.bench.machine.MachineCpu;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the simulator's runnable jar as a new process on a free loopback port and times it until its
 * {@code /health} answers 200, then stops it (SIGTERM, a graceful shutdown). The process's output is
 * read for the simulator's own account of its start ("listening on ... after N ms").
 */
public final class SimulatorProcess {

    private static final Pattern SELF_REPORT = Pattern.compile("BSA simulator listening on .* after (\\d+) ms");
    private static final Duration POLL = Duration.ofMillis(5);

    private final List<String> javaCommand;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * @param javaCommand the command up to and including {@code -jar <jar>}; {@code --port} and {@code --host} are added
     * @param timeout     how long a start may take
     */
    public SimulatorProcess(List<String> javaCommand, Duration timeout) {
        this.javaCommand = List.copyOf(javaCommand);
        this.timeout = timeout;
    }

    /** Starts, times and stops one simulator process. */
    public StartupSample timeOneStart() throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of("--port", String.valueOf(port), "--host", "127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Optional<MachineCpu.Reading> machineBefore = MachineCpu.read();
        long ownCpuBefore = ownCpuMillis();
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            CompletableFuture<OptionalLong> selfReport = new CompletableFuture<>();
            Thread reader = new Thread(() -> drain(process, selfReport), "bsa-startup-output");
            reader.setDaemon(true);
            reader.start();
            awaitHealthy(port, process, started);
            long toHealthy = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            OptionalLong cpu = process.toHandle().info().totalCpuDuration()
                    .map(duration -> OptionalLong.of(duration.toMillis())).orElse(OptionalLong.empty());
            OptionalDouble others = othersShare(machineBefore, MachineCpu.read(), cpu, ownCpuMillis() - ownCpuBefore);
            OptionalLong reported = selfReport.completeOnTimeout(OptionalLong.empty(), 2, TimeUnit.SECONDS).join();
            return new StartupSample(toHealthy, reported, cpu, others);
        } finally {
            stop(process);
        }
    }

    private void awaitHealthy(int port, Process process, long started) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the simulator exited with " + process.exitValue() + " before it was healthy");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYetListening) {
                // Expected until the server binds its port.
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the simulator was not healthy within " + timeout);
    }

    private static OptionalDouble othersShare(Optional<MachineCpu.Reading> before, Optional<MachineCpu.Reading> after,
            OptionalLong simulatorCpu, long ownCpu) {
        if (before.isEmpty() || after.isEmpty() || simulatorCpu.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(before.get().othersShareUntil(after.get(), simulatorCpu.getAsLong() + ownCpu));
    }

    private static long ownCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime()) : 0;
    }

    /** Reads the process's output to its end (so it never blocks on a full pipe), noting the self-report. */
    private static void drain(Process process, CompletableFuture<OptionalLong> selfReport) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
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
