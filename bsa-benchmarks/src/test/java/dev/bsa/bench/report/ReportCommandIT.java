package dev.bsa.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one command of the baseline report, as the README gives it, in quick mode: it runs after the package phase
 * (failsafe; tagged so that surefire leaves it alone even when {@code -Dtest} names it) against the jars the build
 * just made, and proves that every row is measured, printed and written as
 * JSON. It times nothing: quick figures mean nothing, and no target is asserted.
 */
@Tag("packaged-jars")
class ReportCommandIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path BENCHMARKS_JAR = MODULE.resolve("target/bsa-benchmarks.jar");
    private static final Path BARE_JAR = MODULE.resolve("target/bsa-bare-javalin.jar");
    private static final Path SIMULATOR_JAR =
            MODULE.resolveSibling("bsa-server-sim").resolve("target/bsa-server-sim.jar");
    private static final List<String> ROWS =
            List.of("P1a", "RSS", "seed 200", "seed 800", "P1b", "P5 TOTP", "P5 token", "P2", "P3", "P4", "P4 latency");
    private static final List<String> WITH_BASELINE =
            List.of("P1a", "RSS", "P1b", "P5 TOTP", "P5 token", "P2", "P3", "P4");

    @Test
    void quickReport_printsEveryRowWithProductBaselineRatioAndLoad_andWritesThemAsJson() throws Exception {
        Path json = MODULE.resolve("target/perf-quick.json");
        Files.deleteIfExists(json);
        Path log = MODULE.resolve("target/perf-quick.log");
        Process report = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        BENCHMARKS_JAR.toString(),
                        "report",
                        "--quick",
                        "--out",
                        json.toString(),
                        "--sim-jar",
                        SIMULATOR_JAR.toString(),
                        "--bare-jar",
                        BARE_JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        boolean ended = report.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            report.descendants().forEach(ProcessHandle::destroyForcibly);
            report.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as(output).isTrue();
        assertThat(report.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("| figure | what | product | baseline | ratio | target | met | machine while measuring |");
        for (String row : ROWS) {
            assertThat(output)
                    .as(row)
                    .containsPattern("(?m)^\\| " + row + " \\| .* \\| load [0-9.]+→[0-9.]+, busy [0-9]+%");
        }
        JsonNode figures = read(json).path("figures");
        assertThat(figures).extracting(figure -> figure.path("id").asText()).containsExactlyElementsOf(ROWS);
        for (JsonNode figure : figures) {
            String id = figure.path("id").asText();
            assertThat(figure.path("product").isNumber()).as(id).isTrue();
            assertThat(figure.path("target").path("text").asText()).as(id).isNotBlank();
            assertThat(figure.path("met").isBoolean()).as(id).isTrue();
            assertThat(figure.path("machine").path("loadAverageBefore").isNumber())
                    .as(id)
                    .isTrue();
            assertThat(figure.path("machine").path("busyShare").isNumber())
                    .as(id)
                    .isTrue();
            if (WITH_BASELINE.contains(id)) {
                assertThat(figure.path("baseline").isNumber()).as(id).isTrue();
                assertThat(figure.path("ratio").isNumber()).as(id).isTrue();
            }
        }
        assertThat(read(json).path("problems")).isEmpty();
    }

    private static JsonNode read(Path json) throws IOException {
        return new ObjectMapper().readTree(json.toFile());
    }
}
