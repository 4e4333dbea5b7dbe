package dev.bsa.bench.soak;

import dev.bsa.domain.model.Retention;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -cp bsa-benchmarks.jar dev.bsa.bench.soak.RetentionSoak}: TOTP logins over HTTP against a
 * simulator in this JVM for a long while, its virtual clock moving an hour after every round of logins, so
 * that within minutes whole days pass for the simulator: sessions outlive the retention window, TOTP
 * counters their day, refresh tokens their 14 days. Every sample prints the heap after a full GC, the logins
 * so far, the heap's growth per login since the previous sample, and the rows of the history tables. Once
 * the oldest refresh token has expired, everything the simulator keeps is bounded and the growth per login
 * must be flat.
 */
@Command(
        name = "retention-soak",
        mixinStandardHelpOptions = true,
        description = "TOTP logins on a fast virtual clock; heap after GC and history rows over time.")
public final class RetentionSoak implements Callable<Integer> {

    @Option(names = "--minutes", defaultValue = "12", description = "Length of the run. Default ${DEFAULT-VALUE}.")
    long minutes;

    @Option(names = "--sample", defaultValue = "60", description = "Seconds between samples. Default ${DEFAULT-VALUE}.")
    long sampleSeconds;

    @Option(
            names = "--users",
            defaultValue = "200",
            description = "Users, each logging in once a round. Default ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--workers", defaultValue = "8", description = "Concurrent workers. Default ${DEFAULT-VALUE}.")
    int workers;

    @Option(
            names = "--clock-jump",
            defaultValue = "60",
            description = "Virtual minutes the clock moves after each round. Default ${DEFAULT-VALUE}.")
    long clockJumpMinutes;

    @Option(
            names = "--retention",
            description = "The simulator's --retention in seconds; default the simulator's (3600).")
    Long retentionSeconds;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        QuietLogging.warningsOnly();
        System.exit(new CommandLine(new RetentionSoak()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Retention retention = retentionSeconds == null ? null : new Retention(Duration.ofSeconds(retentionSeconds));
        try (SoakSimulator simulator = SoakSimulator.start(retention);
                TotpRounds rounds = TotpRounds.enrol(
                        simulator.baseUrl(),
                        simulator.adminToken(),
                        users,
                        workers,
                        Duration.ofMinutes(clockJumpMinutes))) {
            out.printf(
                    Locale.ROOT,
                    "%s; %d users, %d workers, clock +%d min a round, %d processors, max heap %d MiB%n",
                    retention == null ? "default retention" : "retention " + retention.window(),
                    users,
                    workers,
                    clockJumpMinutes,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            out.println("minute  logins  virtual-now           heap-MiB  B/login-since-last  load  rows "
                    + SoakSimulator.HISTORY_TABLES);
            long previousHeap = SoakSimulator.heapAfterGc();
            long previousLogins = 0;
            print(out, 0, 0, rounds, previousHeap, Double.NaN, simulator.rowCounts());
            long samples = Math.max(1, minutes * 60 / sampleSeconds);
            for (long sample = 1; sample <= samples; sample++) {
                rounds.runFor(Duration.ofSeconds(sampleSeconds));
                long heap = SoakSimulator.heapAfterGc();
                long logins = rounds.succeeded();
                double perLogin = (double) (heap - previousHeap) / Math.max(1, logins - previousLogins);
                print(out, sample * sampleSeconds / 60.0, logins, rounds, heap, perLogin, simulator.rowCounts());
                previousHeap = heap;
                previousLogins = logins;
            }
            out.printf(Locale.ROOT, "failed logins: %d%n", rounds.failed());
            return rounds.failed() == 0 ? 0 : 1;
        }
    }

    private static void print(
            PrintWriter out,
            double minute,
            long logins,
            TotpRounds rounds,
            long heap,
            double perLogin,
            Map<String, Long> rows) {
        out.printf(
                Locale.ROOT,
                "%6.1f  %6d  %s  %8.1f  %18.0f  %4.1f  %s%n",
                minute,
                logins,
                rounds.now(),
                heap / 1048576.0,
                perLogin,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                rows.values());
        out.flush();
    }
}
