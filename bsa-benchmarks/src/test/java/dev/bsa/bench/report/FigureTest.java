package dev.bsa.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.bench.machine.MachineSpan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report row: its ratio, whether it meets its target, and how the table prints and writes it. */
class FigureTest {

    private static final MachineSpan.Load LOAD =
            new MachineSpan.Load(1.5, 2.0, OptionalDouble.of(0.9), OptionalDouble.of(0.1), Duration.ofSeconds(3));

    @Test
    void aTimeHeldToARatioAtMost_isMetUpToTheBound() {
        assertThat(figure(130, 100, Target.ratioAtMost(1.3)).met()).isTrue();
        assertThat(figure(131, 100, Target.ratioAtMost(1.3)).met()).isFalse();
    }

    @Test
    void aThroughputHeldToARatioAtLeast_isMetFromTheBound() {
        assertThat(figure(80, 100, Target.ratioAtLeast(0.8)).met()).isTrue();
        assertThat(figure(79, 100, Target.ratioAtLeast(0.8)).met()).isFalse();
    }

    @Test
    void aFigureWithoutBaseline_isHeldByItsOwnValue_andHasNoRatio() {
        Figure latency = new Figure(
                "P4 latency", "approval to result", "ms", 4.99, OptionalDouble.empty(), Target.valueBelow(5), LOAD, "");

        assertThat(latency.ratio()).isNaN();
        assertThat(latency.met()).isTrue();
        assertThat(latency.target().describe("ms")).isEqualTo("< 5.00 ms");
    }

    @Test
    void theTable_printsEachRowWithItsLoad_andWritesThemAsJson(@TempDir Path directory) throws Exception {
        ReportTable table = new ReportTable(false);
        table.add(figure(150, 100, Target.ratioAtMost(1.3)));
        StringWriter printed = new StringWriter();

        table.print(new PrintWriter(printed));
        table.writeJson(directory.resolve("perf.json"));

        assertThat(printed.toString())
                .contains("| P1a | cold start | 150 ms | 100 ms | 1.50 | ratio ≤ 1.30 | **no** | "
                        + "load 1.50→2.00, busy 90%, others 10% |");
        JsonNode row = new ObjectMapper()
                .readTree(directory.resolve("perf.json").toFile())
                .path("figures")
                .get(0);
        assertThat(row.path("ratio").asDouble()).isEqualTo(1.5);
        assertThat(row.path("met").asBoolean()).isFalse();
        assertThat(row.path("machine").path("othersShare").asDouble()).isEqualTo(0.1);
    }

    private static Figure figure(double product, double baseline, Target target) {
        return new Figure("P1a", "cold start", "ms", product, OptionalDouble.of(baseline), target, LOAD, "detail");
    }
}
