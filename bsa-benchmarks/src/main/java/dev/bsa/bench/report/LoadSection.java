package dev.bsa.bench.report;

import dev.bsa.bench.load.LoadFlow;
import dev.bsa.bench.load.LoadSeed;
import dev.bsa.bench.load.LoadWindow;
import dev.bsa.bench.load.ReportFlows;
import dev.bsa.bench.machine.MachineSpan;
import dev.bsa.bench.startup.SimulatorProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * P2–P4 over HTTP with one load generator: the simulator's jar (started with the load seed on a virtual clock)
 * and the bare Javalin jar run side by side as processes of their own, and every flow gets the same number of
 * concurrent clients of the same kind. After a warm-up of each flow, the flows take turns in short windows, round
 * after round, so that the machine's changing load falls on product and baseline alike.
 */
final class LoadSection {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final double NANOS_PER_MILLI = 1e6;

    private final Jars jars;
    private final ReportSettings settings;
    private final Path workDir;
    private final PrintWriter out;

    LoadSection(Jars jars, ReportSettings settings, Path workDir, PrintWriter out) {
        this.jars = jars;
        this.settings = settings;
        this.workDir = workDir;
        this.out = out;
    }

    void run(ReportTable table) throws IOException, InterruptedException {
        LoadSeed seed = LoadSeed.write(workDir.resolve("load-seed.json"), settings.loadUsers(), settings.manualUsers());
        String adminToken = "report-" + UUID.randomUUID();
        SimulatorProcess simulatorJar = jars.simulatorUnderLoad(
                START_TIMEOUT,
                "--seed",
                seed.file().toString(),
                "--clock",
                "virtual",
                "--admin-token",
                adminToken,
                "--totp-limit",
                "1000000");
        try (SimulatorProcess.Running simulator = simulatorJar.start();
                SimulatorProcess.Running bare = jars.bare(START_TIMEOUT).start()) {
            ReportFlows flows =
                    new ReportFlows(seed, settings.workers(), settings.latencyWorkers(), settings.callTimeout());
            ReportFlows.Simulator onSimulator = flows.onSimulator(simulator.baseUrl(), adminToken);
            ReportFlows.Bare onBare = flows.onBare(bare.baseUrl());
            Map<String, Measured> measured = new LinkedHashMap<>();
            measured.put("P2", new Measured(onSimulator.totpLogins(), simulator, settings.productWarmup()));
            measured.put("P2 base", new Measured(onBare.sign(), bare, settings.bareWarmup()));
            measured.put("P3", new Measured(onSimulator.wrongTotpCodes(), simulator, settings.productWarmup()));
            measured.put("P3 base", new Measured(onBare.json(), bare, settings.bareWarmup()));
            measured.put("P4", new Measured(onSimulator.pushLogins(), simulator, settings.productWarmup()));
            measured.put(
                    "P4 phone",
                    new Measured(onSimulator.pushLoginsApprovedByGenerator(), simulator, settings.productWarmup()));
            for (Measured flow : measured.values()) {
                flow.warmUp();
            }
            MachineSpan span = MachineSpan.withProcesses(List.of(simulator.handle(), bare.handle()));
            for (int round = 0; round < settings.loadRounds(); round++) {
                for (Measured flow : measured.values()) {
                    flow.window();
                }
            }
            MachineSpan.Load load = span.end();
            addFigures(table, measured, load);
        }
    }

    private void addFigures(ReportTable table, Map<String, Measured> measured, MachineSpan.Load load) {
        measured.forEach((name, flow) -> {
            if (flow.total.errorCount() > 0) {
                table.problem(
                        flow.flow.name() + ": " + flow.total.errorCount() + " calls failed " + flow.total.errors());
            }
        });
        Measured p2 = measured.get("P2");
        Measured p3 = measured.get("P3");
        Measured p4 = measured.get("P4");
        Measured phone = measured.get("P4 phone");
        table.add(throughput(
                "P2",
                "successful TOTP login over HTTP, " + settings.workers() + " clients",
                p2,
                measured.get("P2 base"),
                Target.ratioAtLeast(0.80),
                load));
        table.add(throughput(
                "P3",
                "rejected TOTP (3005) over HTTP, " + settings.workers() + " clients",
                p3,
                measured.get("P3 base"),
                Target.ratioAtLeast(0.50),
                load));
        table.add(throughput(
                "P4",
                "push login completed (auto-approving phone, tokens over WebSocket) vs P2",
                p4,
                p2,
                Target.ratioAtLeast(0.60),
                load));
        Histogram approval = phone.total.approval();
        String detail = String.format(
                Locale.ROOT,
                "%d push logins by %d clients whose phone was the generator: POST "
                        + "/api/v1/device/pushes/{id}/approve sent → result with tokens over the WebSocket, HdrHistogram ms: p50 %s, "
                        + "p90 %s, p99 %s, max %s (the whole login: p50 %s, p99 %s ms; %.1f logins/s)",
                approval.getTotalCount(),
                settings.latencyWorkers(),
                ms(approval.getValueAtPercentile(50)),
                ms(approval.getValueAtPercentile(90)),
                ms(approval.getValueAtPercentile(99)),
                ms(approval.getMaxValue()),
                ms(phone.total.latency().getValueAtPercentile(50)),
                ms(phone.total.latency().getValueAtPercentile(99)),
                phone.total.perSecond());
        table.add(new Figure(
                "P4 latency",
                "phone's approval → result over WebSocket, p99, " + settings.latencyWorkers() + " clients",
                "ms",
                approval.getValueAtPercentile(99) / NANOS_PER_MILLI,
                OptionalDouble.empty(),
                Target.valueBelow(5),
                load,
                detail));
    }

    private Figure throughput(
            String id, String what, Measured product, Measured baseline, Target target, MachineSpan.Load load) {
        String detail = String.format(
                Locale.ROOT,
                "%s vs %s, %d clients, %d windows of %d s each after %d s / %d s warm-up: "
                        + "%s; %s; server CPU per call %.3f ms vs %.3f ms (ratio %.2f)",
                product.flow.name(),
                baseline.flow.name(),
                settings.workers(),
                settings.loadRounds(),
                settings.window().toSeconds(),
                product.warmup.toSeconds(),
                baseline.warmup.toSeconds(),
                product.describe(),
                baseline.describe(),
                product.cpuPerCall(),
                baseline.cpuPerCall(),
                product.cpuPerCall() / baseline.cpuPerCall());
        return new Figure(
                id,
                what,
                "calls/s",
                product.total.perSecond(),
                OptionalDouble.of(baseline.total.perSecond()),
                target,
                load,
                detail);
    }

    private static String ms(double nanos) {
        return Figure.number(nanos / NANOS_PER_MILLI);
    }

    /** One flow against one server, its windows added up, with the server's CPU time in them. */
    private final class Measured {

        private final LoadFlow flow;
        private final SimulatorProcess.Running server;
        private final Duration warmup;
        private LoadWindow total;
        private long serverCpuMillis;

        Measured(LoadFlow flow, SimulatorProcess.Running server, Duration warmup) {
            this.flow = flow;
            this.server = server;
            this.warmup = warmup;
        }

        void warmUp() throws InterruptedException {
            LoadWindow warm = flow.measure(warmup);
            out.printf(
                    Locale.ROOT,
                    "warm-up %-55s %8.1f calls/s, %d errors %s%n",
                    flow.name(),
                    warm.perSecond(),
                    warm.errorCount(),
                    warm.errors().isEmpty() ? "" : warm.errors());
            out.flush();
        }

        void window() throws InterruptedException {
            long cpuBefore = server.cpuMillis().orElse(0);
            LoadWindow window = flow.measure(settings.window());
            serverCpuMillis += server.cpuMillis().orElse(0) - cpuBefore;
            total = total == null ? window : total.plus(window);
            out.printf(
                    Locale.ROOT,
                    "window  %-55s %8.1f calls/s, p99 %s ms, %d errors %s%n",
                    flow.name(),
                    window.perSecond(),
                    ms(window.latency().getValueAtPercentile(99)),
                    window.errorCount(),
                    window.errors().isEmpty() ? "" : window.errors());
            out.flush();
        }

        double cpuPerCall() {
            return total.calls() == 0 ? Double.NaN : (double) serverCpuMillis / total.calls();
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%s: %d calls in %.1f s, latency p50 %s / p99 %s ms%s",
                    flow.name(),
                    total.calls(),
                    total.seconds(),
                    ms(total.latency().getValueAtPercentile(50)),
                    ms(total.latency().getValueAtPercentile(99)),
                    total.errors().isEmpty()
                            ? ""
                            : ", errors "
                                    + total.errors().entrySet().stream()
                                            .map(entry -> entry.getKey() + "×" + entry.getValue())
                                            .collect(Collectors.joining(" ")));
        }
    }
}
