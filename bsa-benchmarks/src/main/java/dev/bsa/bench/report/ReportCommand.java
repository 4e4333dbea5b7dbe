package dev.bsa.bench.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar bsa-benchmarks.jar report}: every performance figure of the simulator as a ratio to the bare
 * stack measured in the same run on the same machine — cold start and idle memory against a bare Javalin jar,
 * seed loading, a warm embedded start against WireMock, TOTP and push logins over HTTP against bare Javalin
 * endpoints, the approval-to-result latency, and the TOTP check and token issue against raw java-otp and nimbus
 * in JMH. Prints the table and writes it as JSON. {@code --quick} runs every section briefly (its figures mean
 * nothing; the build's functional test uses it). Exits 1 when a section failed or a call failed; a target that
 * is missed is a figure, not a failure.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        version = "BSA baseline report 0.1.0",
        description = "Measures the simulator against the bare stack in one run; prints the table and writes JSON.")
public final class ReportCommand implements Callable<Integer> {

    /** The report's sections, in the order they run. */
    public enum Section {
        /** P1a, idle memory, seed loading. */
        START,
        /** P1b. */
        EMBEDDED,
        /** P5. */
        JMH,
        /** P2, P3, P4. */
        LOAD
    }

    @Option(
            names = "--quick",
            description = "Every section briefly: proves the command works; the figures mean nothing.")
    boolean quick;

    @Option(
            names = "--out",
            defaultValue = "target/perf.json",
            paramLabel = "FILE",
            description = "Where the JSON goes. Default ${DEFAULT-VALUE}.")
    Path jsonFile;

    @Option(
            names = "--sim-jar",
            defaultValue = "bsa-server-sim/target/bsa-server-sim.jar",
            paramLabel = "JAR",
            description = "The simulator's runnable jar. Default ${DEFAULT-VALUE}.")
    Path simulatorJar;

    @Option(
            names = "--bare-jar",
            defaultValue = "bsa-benchmarks/target/bsa-bare-javalin.jar",
            paramLabel = "JAR",
            description = "The bare Javalin baseline jar. Default ${DEFAULT-VALUE}.")
    Path bareJar;

    @Option(
            names = "--workers",
            defaultValue = "16",
            paramLabel = "C",
            description = "Concurrent clients of every load flow. Default ${DEFAULT-VALUE}.")
    int workers;

    @Option(
            names = "--only",
            paramLabel = "SECTION",
            split = ",",
            description = "Run only these sections (${COMPLETION-CANDIDATES}); default all.")
    Set<Section> only;

    @Option(
            names = "--java",
            paramLabel = "JAVA",
            description = "The java launcher for the jars; default the one running this.")
    String java;

    @Option(
            names = "--sim-jvm-arg",
            paramLabel = "ARG",
            description =
                    "A JVM option for the simulator under load (repeatable), "
                            + "e.g. -XX:StartFlightRecording=filename=sim.jfr to profile it; the figures are then not the report's.")
    List<String> simulatorJvmOptions = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the report with {@code args}; returns the exit status. */
    public static int run(String... args) {
        return new CommandLine(new ReportCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    @Override
    public Integer call() throws Exception {
        for (Path jar : List.of(simulatorJar, bareJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "no such jar: " + jar
                                + " (build with mvn -pl bsa-benchmarks -am package -DskipTests, run from the repository's root)");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Thread stopChildren = new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy),
                "bsa-report-stop-children");
        Runtime.getRuntime()
                .addShutdownHook(stopChildren); // a report stopped by Ctrl+C or kill leaves no server running
        ReportSettings settings = quick ? ReportSettings.quick(workers) : ReportSettings.full(workers);
        Jars jars = new Jars(
                java != null ? java : ProcessHandle.current().info().command().orElse("java"),
                simulatorJar,
                bareJar,
                simulatorJvmOptions);
        Set<Section> sections = only == null || only.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(only);
        ReportTable table = new ReportTable(quick);
        Path workDir = Files.createTempDirectory("bsa-report-");
        try {
            for (Section section : sections) {
                out.printf(Locale.ROOT, "== %s (%s)%n", section, ReportTable.machine());
                out.flush();
                runSection(section, jars, settings, workDir, out, table);
            }
        } finally {
            deleteTree(workDir);
        }
        table.print(out);
        table.writeJson(jsonFile);
        out.printf(Locale.ROOT, "written to %s%n", jsonFile.toAbsolutePath().normalize());
        out.flush();
        return table.problems().isEmpty() ? 0 : 1;
    }

    private static void runSection(
            Section section, Jars jars, ReportSettings settings, Path workDir, PrintWriter out, ReportTable table)
            throws Exception {
        try {
            switch (section) {
                case START -> new StartSection(jars, settings, workDir, out).run(table);
                case EMBEDDED -> new EmbeddedSection(jars.java(), settings, out).run(table);
                case JMH -> new JmhSection(settings, out).run(table);
                case LOAD -> new LoadSection(jars, settings, workDir, out).run(table);
            }
        } catch (InterruptedException interrupted) {
            throw interrupted;
        } catch (Exception failure) {
            table.problem(section + " failed: " + failure);
            failure.printStackTrace(new PrintWriter(out, true));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all =
                    new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }
}
