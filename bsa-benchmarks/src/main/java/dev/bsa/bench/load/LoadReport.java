package dev.bsa.bench.load;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What a load run measured.
 *
 * @param target          the simulator, in words
 * @param plan            the plan that ran
 * @param measuredSeconds from the end of the warm-up to the end of the last counted login
 * @param latency         the latencies of the counted logins that gave tokens
 * @param errors          counted logins that failed, by error code (or {@code timeout})
 * @param allLogins       logins that gave tokens, those of the warm-up included (what the heap grew by)
 * @param heapBefore      heap in use after a full GC before the warm-up (embedded simulator only)
 * @param heapAfter       heap in use after a full GC after the run, the simulator still up (embedded only)
 * @param clockAdvances   how often a TOTP run moved the virtual clock one step on
 * @param machine         where it ran and what else the machine was doing
 */
public record LoadReport(
        String target,
        LoadPlan plan,
        double measuredSeconds,
        LatencySummary latency,
        Map<String, Long> errors,
        long allLogins,
        OptionalLong heapBefore,
        OptionalLong heapAfter,
        long clockAdvances,
        Machine machine) {

    private static final int SHOWN_THREAD_GROUPS = 6;

    public LoadReport {
        errors = Map.copyOf(errors);
    }

    /** Counted logins that gave tokens. */
    public long logins() {
        return latency.count();
    }

    /** Counted logins that failed. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Logins that gave tokens per second of the measured window. */
    public double loginsPerSecond() {
        return measuredSeconds <= 0 ? 0 : logins() / measuredSeconds;
    }

    /** Writes the report as a few aligned lines. */
    public void print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "BSA load run: %s logins, %d workers, %d users, %.1f s measured after %d s warm-up%n",
                plan.flow(),
                plan.workers(),
                plan.users(),
                measuredSeconds,
                plan.warmup().toSeconds());
        out.printf(Locale.ROOT, "  target          %s%n", target);
        out.printf(Locale.ROOT, "  machine         %s%n", machine.environment());
        out.printf(
                Locale.ROOT,
                "  machine load    %.2f before, %.2f after (1-minute load average); other processes used %s"
                        + " of the processors while measuring%n",
                machine.loadBefore(),
                machine.loadAfter(),
                machine.othersShare().isPresent()
                        ? String.format(
                                Locale.ROOT,
                                "%.0f%%",
                                100 * machine.othersShare().getAsDouble())
                        : "an unknown share");
        out.printf(Locale.ROOT, "  logins          %d (%.1f logins/s)%n", logins(), loginsPerSecond());
        out.printf(
                Locale.ROOT,
                "  latency ms      p50 %s  p95 %s  p99 %s  max %s  mean %s%n",
                millis(latency.p50()),
                millis(latency.p95()),
                millis(latency.p99()),
                millis(latency.max()),
                millis(latency.mean()));
        out.printf(
                Locale.ROOT,
                "  errors          %s%n",
                errors.isEmpty()
                        ? "none"
                        : errors.entrySet().stream()
                                .map(entry -> entry.getKey() + " x " + entry.getValue())
                                .collect(Collectors.joining(", ")));
        out.printf(
                Locale.ROOT,
                "  heap after GC   %s%n",
                heapAfter.isEmpty()
                        ? "not measured (the simulator runs elsewhere)"
                        : mebibytes(heapBefore.orElse(0)) + " before, " + mebibytes(heapAfter.getAsLong()) + " after "
                                + retainedPerLogin() + " (driver and simulator share this JVM)");
        if (machine.cpuNanos() >= 0 && logins() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  CPU             %.2f ms per login, %.2f cores busy (this JVM: %s)%n",
                    machine.cpuNanos() / 1e6 / logins(),
                    machine.cpuNanos() / 1e9 / measuredSeconds,
                    heapAfter.isEmpty() ? "the driver only" : "driver and simulator");
            out.printf(Locale.ROOT, "  CPU by threads  %s%n", threadShares());
        }
        if (plan.flow() == LoadPlan.LoginFlow.TOTP) {
            out.printf(
                    Locale.ROOT, "  clock moves     %d (one TOTP step each, through the admin API)%n", clockAdvances);
        }
        out.flush();
    }

    private String retainedPerLogin() {
        if (allLogins == 0 || heapBefore.isEmpty() || heapAfter.isEmpty()) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "%d logins later, %.1f KiB kept per login",
                allLogins,
                (heapAfter.getAsLong() - heapBefore.getAsLong()) / 1024.0 / allLogins);
    }

    /** The largest thread groups' shares of the process's CPU time, then what no Java thread accounts for (JIT, GC). */
    private String threadShares() {
        long inThreads = machine.cpuByThreads().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        String largest = machine.cpuByThreads().entrySet().stream()
                .limit(SHOWN_THREAD_GROUPS)
                .map(entry -> entry.getKey() + " " + percentOfCpu(entry.getValue()))
                .collect(Collectors.joining(", "));
        return largest + ", outside Java threads (JIT, GC) "
                + percentOfCpu(Math.max(0, machine.cpuNanos() - inThreads));
    }

    private String percentOfCpu(long nanos) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * nanos / machine.cpuNanos());
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Where a run ran.
     *
     * @param environment processors, Java version and heap, in words
     * @param cpuNanos    CPU time this process used in the measured window, all threads; -1 when unknown
     * @param cpuByThreads the part of it each group of Java threads used (names with the numbers taken out), largest first
     * @param othersShare the share of all processors' time other processes used in the measured window (Linux)
     * @param loadBefore  the machine's 1-minute load average before the warm-up
     * @param loadAfter   the same after the run
     */
    public record Machine(
            String environment,
            long cpuNanos,
            Map<String, Long> cpuByThreads,
            OptionalDouble othersShare,
            double loadBefore,
            double loadAfter) {

        public Machine {
            cpuByThreads = Collections.unmodifiableMap(new LinkedHashMap<>(cpuByThreads));
        }
    }
}
