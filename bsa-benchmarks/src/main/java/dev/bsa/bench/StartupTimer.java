package dev.bsa.bench;

import dev.bsa.bench.machine.MachineCpu;
import dev.bsa.bench.startup.SimulatorProcess;
import dev.bsa.bench.startup.StartupSample;
import dev.bsa.bench.startup.StartupSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -cp bsa-benchmarks.jar dev.bsa.bench.StartupTimer}: starts {@code java -jar bsa-server-sim.jar}
 * a number of times, each on a free port, and reports the time from starting the process until
 * {@code /health} answers 200 (min, median, max), beside the simulator's own account of its start.
 * Exits 1 when the median is not under {@code --budget}.
 */
@Command(
        name = "startup-timer",
        mixinStandardHelpOptions = true,
        version = "BSA start-up timer 0.1.0",
        description = "Times java -jar bsa-server-sim.jar from process start until /health answers 200.")
public final class StartupTimer implements Callable<Integer> {

    /** The share of the machine other processes may use for a start to count as taken on a quiet machine. */
    private static final double QUIET_SHARE = 0.10;

    @Option(
            names = "--jar",
            defaultValue = "bsa-server-sim/target/bsa-server-sim.jar",
            paramLabel = "JAR",
            description = "The simulator's runnable jar. Default ${DEFAULT-VALUE}.")
    Path jar;

    @Option(
            names = "--runs",
            defaultValue = "10",
            paramLabel = "N",
            description = "Starts to time. Default ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--java", paramLabel = "JAVA", description = "The java launcher; default the one running this.")
    String java;

    @Option(names = "--jvm-arg", paramLabel = "ARG", description = "A JVM option for the simulator (repeatable).")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--arg", paramLabel = "ARG", description = "A simulator option, e.g. --seed=none (repeatable).")
    List<String> simulatorArgs = new ArrayList<>();

    @Option(
            names = "--wait-quiet",
            description = "Before each start, wait (up to 2 min) for a second in which the "
                    + "machine was at most 10%% busy: on a shared machine, fewer starts are slowed by other work.")
    boolean waitQuiet;

    @Option(
            names = "--budget",
            defaultValue = "3000",
            paramLabel = "MILLIS",
            description = "The start-up target the median is held to. Default ${DEFAULT-VALUE}.")
    long budgetMillis;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the timer and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StartupTimer()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no such jar: " + jar + " (build it with mvn package)");
        }
        PrintWriter out = spec.commandLine().getOut();
        SimulatorProcess process = new SimulatorProcess(command(), Duration.ofSeconds(60));
        List<StartupSample> samples = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            boolean quiet =
                    !waitQuiet || MachineCpu.awaitQuiet(QUIET_SHARE, Duration.ofSeconds(1), Duration.ofMinutes(2));
            StartupSample sample = process.timeOneStart();
            samples.add(sample);
            out.printf(
                    Locale.ROOT,
                    "run %2d: healthy after %5d ms (simulator's own start %s ms, CPU %s ms, others used %s of"
                            + " the machine%s)%n",
                    run,
                    sample.toHealthyMillis(),
                    orQuestionMark(sample.selfReportedMillis()),
                    orQuestionMark(sample.cpuMillis()),
                    percent(sample.othersShare()),
                    quiet ? "" : "; no quiet second came");
            out.flush();
        }
        StartupSummary total = StartupSummary.of(samples.stream()
                        .map(sample -> OptionalLong.of(sample.toHealthyMillis()))
                        .toList())
                .orElseThrow();
        print(out, "process start to /health 200", Optional.of(total));
        print(
                out,
                "Simulator.start (own log)",
                StartupSummary.of(
                        samples.stream().map(StartupSample::selfReportedMillis).toList()));
        print(
                out,
                "before Simulator.start",
                StartupSummary.of(samples.stream()
                        .map(StartupSample::beforeSimulatorMillis)
                        .toList()));
        print(
                out,
                "CPU time until healthy",
                StartupSummary.of(samples.stream().map(StartupSample::cpuMillis).toList()));
        print(
                out,
                "to /health, others under 10%",
                StartupSummary.of(samples.stream()
                        .filter(sample -> sample.othersShare().isPresent()
                                && sample.othersShare().getAsDouble() < QUIET_SHARE)
                        .map(sample -> OptionalLong.of(sample.toHealthyMillis()))
                        .toList()));
        boolean met = total.median() < budgetMillis;
        out.printf(
                Locale.ROOT,
                "median %d ms is %s the %d ms budget%n",
                total.median(),
                met ? "under" : "NOT under",
                budgetMillis);
        out.flush();
        return met ? 0 : 1;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(
                java != null ? java : ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(simulatorArgs);
        return command;
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.0f%%", share.getAsDouble() * 100) : "?";
    }

    private static String orQuestionMark(OptionalLong millis) {
        return millis.isPresent() ? String.valueOf(millis.getAsLong()) : "?";
    }

    private static void print(PrintWriter out, String label, Optional<StartupSummary> summary) {
        summary.ifPresentOrElse(
                figures -> out.printf(
                        Locale.ROOT,
                        "%-30s min %5d  median %5d  max %5d ms  (%d runs)%n",
                        label,
                        figures.min(),
                        figures.median(),
                        figures.max(),
                        figures.count()),
                () -> out.printf(Locale.ROOT, "%-30s not reported%n", label));
    }
}
