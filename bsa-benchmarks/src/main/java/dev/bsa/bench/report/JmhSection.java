package dev.bsa.bench.report;

import dev.bsa.bench.TokenBenchmark;
import dev.bsa.bench.TotpBenchmark;
import dev.bsa.bench.machine.MachineSpan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * P5: the simulator's TOTP check of a wrong code against raw java-otp three times ({@link TotpBenchmark}), and its
 * token issuer against a raw nimbus ES256 signature of the same claims ({@link TokenBenchmark}), by JMH, the
 * product's benchmark and the baseline's alternating run by run.
 */
final class JmhSection {

    /** Nanoseconds in each of JMH's time units, to give the CPU time in the score's unit. */
    private static final Map<String, Double> NANOS_PER = Map.of("ns/op", 1.0, "us/op", 1e3, "ms/op", 1e6, "s/op", 1e9);

    private static final long LOCK_PATIENCE_MILLIS = 10 * 60 * 1000;
    private static final long LOCK_RETRY_MILLIS = 5_000;

    private final ReportSettings settings;
    private final PrintWriter out;

    JmhSection(ReportSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    void run(ReportTable table) throws RunnerException, InterruptedException {
        table.add(pair(
                "P5 TOTP",
                "TOTP check of a wrong code (3 steps), JMH",
                TotpBenchmark.class,
                "refuseWrongCode",
                "rawJavaOtpThreeSteps",
                "javaOtp",
                Target.ratioAtMost(1.5),
                "TotpCodePolicy over the simulator's java-otp adapter vs java-otp alone, three codes compared"));
        table.add(pair(
                "P5 token",
                "token issue, JMH",
                TokenBenchmark.class,
                "issue",
                "rawNimbusSign",
                null,
                Target.ratioAtMost(1.1),
                "NimbusTokenAuthority.issue (ES256 JWT, random id, refresh token and its "
                        + "SHA-256, a store that keeps nothing) vs nimbus signing the same claims with ES256"));
    }

    private Figure pair(
            String id,
            String what,
            Class<?> benchmark,
            String product,
            String baseline,
            String generator,
            Target target,
            String how)
            throws RunnerException, InterruptedException {
        MachineSpan span = MachineSpan.busyOnly();
        List<Double> productScores = new ArrayList<>();
        List<Double> baselineScores = new ArrayList<>();
        List<Double> productIterations = new ArrayList<>();
        List<Double> baselineIterations = new ArrayList<>();
        List<Double> productCpu = new ArrayList<>();
        List<Double> baselineCpu = new ArrayList<>();
        String unit = "";
        for (int round = 0; round < settings.jmhRounds(); round++) {
            RunResult productRun = run(benchmark, product, generator);
            RunResult baselineRun = run(benchmark, baseline, generator);
            productScores.add(productRun.getPrimaryResult().getScore());
            baselineScores.add(baselineRun.getPrimaryResult().getScore());
            productIterations.addAll(iterations(productRun, null));
            baselineIterations.addAll(iterations(baselineRun, null));
            productCpu.addAll(iterations(productRun, ProcessCpuProfiler.RESULT));
            baselineCpu.addAll(iterations(baselineRun, ProcessCpuProfiler.RESULT));
            unit = productRun.getPrimaryResult().getScoreUnit();
            out.printf(
                    Locale.ROOT,
                    "%s round %d: %s %.3f, %s %.3f %s%n",
                    id,
                    round + 1,
                    product,
                    productScores.get(round),
                    baseline,
                    baselineScores.get(round),
                    unit);
            out.flush();
        }
        MachineSpan.Load load = span.end();
        double productBest = productIterations.stream()
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(Double.NaN);
        double baselineBest = baselineIterations.stream()
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(Double.NaN);
        double cpuScale = NANOS_PER.getOrDefault(unit, 1.0);
        String detail = String.format(
                Locale.ROOT,
                "%s; %s.%s vs %s, %d round(s) of one fork each alternating, %d × %d ms "
                        + "warm-up, %d × %d ms measured; the figure is the JVM's CPU time per operation (ProcessCpuProfiler, median "
                        + "of the measured iterations, %s), which other processes on a shared machine barely move; JMH's time per "
                        + "operation, best iteration: product %s, baseline %s %s (ratio %.2f); JMH's means of the rounds: product "
                        + "%s, baseline %s",
                how,
                benchmark.getSimpleName(),
                product,
                baseline,
                settings.jmhRounds(),
                settings.jmhWarmup(),
                settings.jmhIterationTime().toMillis(),
                settings.jmhIterations(),
                settings.jmhIterationTime().toMillis(),
                unit,
                Figure.number(productBest),
                Figure.number(baselineBest),
                unit,
                productBest / baselineBest,
                productScores.stream().map(Figure::number).toList(),
                baselineScores.stream().map(Figure::number).toList());
        return new Figure(
                id,
                what,
                unit + " CPU",
                Stats.median(productCpu) / cpuScale,
                OptionalDouble.of(Stats.median(baselineCpu) / cpuScale),
                target,
                load,
                detail);
    }

    /** The primary score (null) or a secondary result of every measured iteration. */
    private static List<Double> iterations(RunResult run, String secondary) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                Result<?> result = secondary == null
                        ? iteration.getPrimaryResult()
                        : iteration.getSecondaryResults().get(secondary);
                if (result != null) {
                    scores.add(result.getScore());
                }
            }
        }
        return scores;
    }

    /**
     * Runs one benchmark. JMH refuses to run while another JMH run on the machine holds its lock file; the report
     * waits for it (up to {@link #LOCK_PATIENCE_MILLIS}), since two benchmarks at once disturb each other.
     */
    private RunResult run(Class<?> benchmark, String method, String generator)
            throws RunnerException, InterruptedException {
        long giveUp = System.currentTimeMillis() + LOCK_PATIENCE_MILLIS;
        while (true) {
            try {
                return runOnce(benchmark, method, generator);
            } catch (RunnerException refused) {
                if (!String.valueOf(refused.getMessage()).contains("JMH lock") || System.currentTimeMillis() > giveUp) {
                    throw refused;
                }
                out.printf(Locale.ROOT, "another JMH run holds the lock; waiting%n");
                out.flush();
                Thread.sleep(LOCK_RETRY_MILLIS);
            }
        }
    }

    private RunResult runOnce(Class<?> benchmark, String method, String generator) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
                .forks(settings.jmhForks())
                .warmupIterations(settings.jmhWarmup())
                .warmupTime(TimeValue.milliseconds(settings.jmhIterationTime().toMillis()))
                .measurementIterations(settings.jmhIterations())
                .measurementTime(
                        TimeValue.milliseconds(settings.jmhIterationTime().toMillis()))
                .addProfiler(ProcessCpuProfiler.class)
                .verbosity(VerboseMode.SILENT);
        if (generator != null) {
            options.param("generator", generator);
        }
        return new Runner(options.build()).runSingle();
    }
}
