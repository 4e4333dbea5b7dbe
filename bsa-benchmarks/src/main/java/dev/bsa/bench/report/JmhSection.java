package dev.bsa.bench.report;

import dev.bsa.bench.TokenBenchmark;
import dev.bsa.bench.TotpBenchmark;
import dev.bsa.bench.machine.MachineSpan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
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

    private final ReportSettings settings;
    private final PrintWriter out;

    JmhSection(ReportSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    void run(ReportTable table) throws RunnerException {
        table.add(pair("P5 TOTP", "TOTP check of a wrong code (3 steps), JMH", TotpBenchmark.class, "refuseWrongCode",
                "rawJavaOtpThreeSteps", "javaOtp", Target.ratioAtMost(1.5),
                "TotpCodePolicy over the simulator's java-otp adapter vs java-otp alone, three codes compared"));
        table.add(pair("P5 token", "token issue, JMH", TokenBenchmark.class, "issue", "rawNimbusSign", null,
                Target.ratioAtMost(1.1), "NimbusTokenAuthority.issue (ES256 JWT, random id, refresh token and its "
                        + "SHA-256, a store that keeps nothing) vs nimbus signing the same claims with ES256"));
    }

    private Figure pair(String id, String what, Class<?> benchmark, String product, String baseline, String generator,
            Target target, String how) throws RunnerException {
        MachineSpan span = MachineSpan.busyOnly();
        List<Double> productScores = new ArrayList<>();
        List<Double> baselineScores = new ArrayList<>();
        List<Double> productIterations = new ArrayList<>();
        List<Double> baselineIterations = new ArrayList<>();
        String unit = "";
        for (int round = 0; round < settings.jmhRounds(); round++) {
            RunResult productRun = run(benchmark, product, generator);
            RunResult baselineRun = run(benchmark, baseline, generator);
            productScores.add(productRun.getPrimaryResult().getScore());
            baselineScores.add(baselineRun.getPrimaryResult().getScore());
            productIterations.addAll(iterations(productRun));
            baselineIterations.addAll(iterations(baselineRun));
            unit = productRun.getPrimaryResult().getScoreUnit();
            out.printf(Locale.ROOT, "%s round %d: %s %.3f, %s %.3f %s%n", id, round + 1, product, productScores.get(round),
                    baseline, baselineScores.get(round), unit);
            out.flush();
        }
        MachineSpan.Load load = span.end();
        double productBest = productIterations.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double baselineBest = baselineIterations.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        String detail = String.format(Locale.ROOT, "%s; %s.%s vs %s, %d round(s) of one fork each alternating, %d × %d ms "
                + "warm-up, %d × %d ms measured; the figure is each side's best measured iteration (the least disturbed by "
                + "other load on a shared machine), %s; JMH's means of the rounds: product %s, baseline %s (ratio of the "
                + "means %.2f)", how, benchmark.getSimpleName(), product, baseline, settings.jmhRounds(), settings.jmhWarmup(),
                settings.jmhIterationTime().toMillis(), settings.jmhIterations(), settings.jmhIterationTime().toMillis(), unit,
                productScores.stream().map(Figure::number).toList(), baselineScores.stream().map(Figure::number).toList(),
                Stats.mean(productScores) / Stats.mean(baselineScores));
        return new Figure(id, what, unit, productBest, OptionalDouble.of(baselineBest), target, load, detail);
    }

    private static List<Double> iterations(RunResult run) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        return scores;
    }

    private RunResult run(Class<?> benchmark, String method, String generator) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
                .forks(settings.jmhForks())
                .warmupIterations(settings.jmhWarmup())
                .warmupTime(TimeValue.milliseconds(settings.jmhIterationTime().toMillis()))
                .measurementIterations(settings.jmhIterations())
                .measurementTime(TimeValue.milliseconds(settings.jmhIterationTime().toMillis()))
                .verbosity(VerboseMode.SILENT);
        if (generator != null) {
            options.param("generator", generator);
        }
        return new Runner(options.build()).runSingle();
    }
}
