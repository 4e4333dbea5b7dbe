package dev.bsa.bench.report;

import dev.bsa.bench.machine.MachineSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * P1b: a warm embedded start and stop per test class, the simulator beside a {@code WireMockServer}, in a JVM of
 * their own ({@link EmbeddedStarts}) so that nothing else the report did has warmed or loaded anything.
 */
final class EmbeddedSection {

    private static final long TIMEOUT_MINUTES = 10;

    private final String java;
    private final ReportSettings settings;
    private final PrintWriter out;

    EmbeddedSection(String java, ReportSettings settings, PrintWriter out) {
        this.java = java;
        this.settings = settings;
        this.out = out;
    }

    void run(ReportTable table) throws IOException, InterruptedException {
        MachineSpan span = MachineSpan.busyOnly();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedStarts.class.getName(),
                        String.valueOf(settings.embeddedWarmup()),
                        String.valueOf(settings.embeddedRuns()))
                .redirectErrorStream(true)
                .start();
        String result = null;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else {
                    tail.append(line).append(System.lineSeparator());
                    if (tail.length() > 4_000) {
                        tail.delete(0, tail.length() - 4_000);
                    }
                }
            }
        }
        if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || child.exitValue() != 0 || result == null) {
            child.destroyForcibly();
            table.problem("P1b: the embedded starts did not complete: " + tail);
            return;
        }
        MachineSpan.Load load = span.end();
        List<Double> simulator = values(result, "simulator=");
        List<Double> wireMock = values(result, "wiremock=");
        String detail = String.format(
                Locale.ROOT,
                "one fresh JVM, %d warm-up cycles of each, then %d of each alternating: "
                        + "Simulator.start(loopback, port 0, H2 in memory, demo seed) + close, median ms %s; WireMockServer "
                        + "(dynamic port) start + stop, median ms %s",
                settings.embeddedWarmup(),
                settings.embeddedRuns(),
                Stats.spread(simulator),
                Stats.spread(wireMock));
        out.printf(
                Locale.ROOT,
                "embedded starts: simulator %s ms, WireMock %s ms%n",
                Stats.spread(simulator),
                Stats.spread(wireMock));
        table.add(new Figure(
                "P1b",
                "warm embedded start + stop (one JVM, after warm-up)",
                "ms",
                Stats.median(simulator),
                OptionalDouble.of(Stats.median(wireMock)),
                Target.ratioAtMost(1.0),
                load,
                detail));
    }

    private static List<Double> values(String line, String key) {
        String field = Arrays.stream(line.split(" "))
                .filter(part -> part.startsWith(key))
                .findFirst()
                .orElse(key);
        String list = field.substring(key.length());
        return list.isEmpty()
                ? List.of()
                : Arrays.stream(list.split(",")).map(Double::valueOf).toList();
    }
}
