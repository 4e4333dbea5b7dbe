package dev.bsa.bench.soak;

import com.sun.management.OperatingSystemMXBean;
import dev.bsa.bench.machine.MachineCpu;
import dev.bsa.domain.model.Retention;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -cp bsa-benchmarks.jar dev.bsa.bench.soak.HistoryThroughput}: TOTP login throughput over HTTP
 * on a fresh simulator and on one that already stored {@code --stored} logins (100,000 by default; retention
 * set to its maximum so that all of them stay), in interleaved windows: fresh, loaded, fresh, loaded, ...
 * Each fresh window gets a new simulator (its database empty, its users enrolled, a short unmeasured warm-up);
 * both run in this JVM, so the JIT's work is shared. Each window prints logins/s, the machine's load average
 * and the share of the processors other processes took meanwhile.
 */
@Command(
        name = "history-throughput",
        mixinStandardHelpOptions = true,
        description = "TOTP logins/s on a fresh simulator against one holding many stored logins, interleaved.")
public final class HistoryThroughput implements Callable<Integer> {

    @Option(names = "--stored", defaultValue = "100000", description = "Logins stored first. Default ${DEFAULT-VALUE}.")
    long stored;

    @Option(
            names = "--window",
            defaultValue = "60",
            description = "Seconds per measured window. Default ${DEFAULT-VALUE}.")
    long windowSeconds;

    @Option(
            names = "--pairs",
            defaultValue = "3",
            description = "Fresh/loaded pairs of windows. Default ${DEFAULT-VALUE}.")
    int pairs;

    @Option(names = "--users", defaultValue = "200", description = "Users per simulator. Default ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--workers", defaultValue = "8", description = "Concurrent workers. Default ${DEFAULT-VALUE}.")
    int workers;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private static final Retention KEEP_EVERYTHING = new Retention(Retention.MAX_WINDOW);
    private static final Duration ONE_STEP = Duration.ofMinutes(1);
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    public static void main(String[] args) {
        QuietLogging.warningsOnly();
        System.exit(new CommandLine(new HistoryThroughput()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        long failed = 0;
        try (SoakSimulator loaded = SoakSimulator.start(KEEP_EVERYTHING);
                TotpRounds loadedRounds =
                        TotpRounds.enrol(loaded.baseUrl(), loaded.adminToken(), users, workers, ONE_STEP)) {
            long preloadStart = System.nanoTime();
            loadedRounds.runLogins(stored);
            out.printf(
                    Locale.ROOT,
                    "stored %d logins in %.0f s; rows %s %s%n",
                    loadedRounds.succeeded(),
                    (System.nanoTime() - preloadStart) / 1e9,
                    SoakSimulator.HISTORY_TABLES,
                    loaded.rowCounts().values());
            out.println("window  simulator  stored-before  logins  logins/s  load  others-share");
            List<Double> fresh = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            for (int pair = 1; pair <= pairs; pair++) {
                try (SoakSimulator empty = SoakSimulator.start(KEEP_EVERYTHING);
                        TotpRounds freshRounds =
                                TotpRounds.enrol(empty.baseUrl(), empty.adminToken(), users, workers, ONE_STEP)) {
                    freshRounds.runFor(WARM_UP);
                    fresh.add(measure(out, pair, "fresh", freshRounds));
                    failed += freshRounds.failed();
                }
                full.add(measure(out, pair, "loaded", loadedRounds));
            }
            failed += loadedRounds.failed();
            double freshMean =
                    fresh.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double fullMean =
                    full.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            out.printf(
                    Locale.ROOT,
                    "mean logins/s: fresh %.1f, loaded %.1f, ratio %.2f; failed logins: %d%n",
                    freshMean,
                    fullMean,
                    fullMean / freshMean,
                    failed);
        }
        return failed == 0 ? 0 : 1;
    }

    private double measure(PrintWriter out, int pair, String name, TotpRounds rounds) throws InterruptedException {
        long storedBefore = rounds.succeeded();
        Optional<MachineCpu.Reading> machineBefore = MachineCpu.read();
        long cpuBefore = processCpuMillis();
        long start = System.nanoTime();
        long logins = rounds.runFor(Duration.ofSeconds(windowSeconds));
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuMillis() - cpuBefore;
        Optional<MachineCpu.Reading> machineAfter = MachineCpu.read();
        String others = machineBefore.isPresent() && machineAfter.isPresent()
                ? String.format(
                        Locale.ROOT, "%.0f %%", 100 * machineBefore.get().othersShareUntil(machineAfter.get(), cpu))
                : "?";
        double rate = logins / seconds;
        out.printf(
                Locale.ROOT,
                "%6d  %-9s  %13d  %6d  %8.1f  %4.1f  %s%n",
                pair,
                name,
                storedBefore,
                logins,
                rate,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                others);
        out.flush();
        return rate;
    }

    private static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000
                : 0;
    }
}
