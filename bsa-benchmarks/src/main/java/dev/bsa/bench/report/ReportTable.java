package dev.bsa.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's figures: printed as a Markdown table with their details, and written as JSON. */
public final class ReportTable {

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    private final boolean quick;

    ReportTable(boolean quick) {
        this.quick = quick;
    }

    void add(Figure figure) {
        figures.add(figure);
    }

    /** Something that makes a figure unusable (failed logins, a section that could not run). */
    void problem(String text) {
        problems.add(text);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The machine, in words: processors, JDK, OS. */
    static String machine() {
        return String.format(
                Locale.ROOT,
                "%d processors, JDK %s (%s), %s %s",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    void print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%nBSA baseline report%s, %s, %s%n%n",
                quick ? " (QUICK: short runs, figures mean nothing)" : "",
                started,
                machine());
        out.println("| figure | what | product | baseline | ratio | target | met | machine while measuring |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Figure figure : figures) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s %s | %s | %s | %s | %s | %s |%n",
                    figure.id(),
                    figure.what(),
                    Figure.number(figure.product()),
                    figure.unit(),
                    figure.baseline().isPresent()
                            ? Figure.number(figure.baseline().getAsDouble()) + " " + figure.unit()
                            : "—",
                    Figure.number(figure.ratio()),
                    figure.target().describe(figure.unit()),
                    figure.met() ? "yes" : "**no**",
                    figure.loadText());
        }
        out.println();
        for (Figure figure : figures) {
            out.printf(Locale.ROOT, "- %s: %s%n", figure.id(), figure.detail());
        }
        problems.forEach(problem -> out.printf(Locale.ROOT, "PROBLEM: %s%n", problem));
        out.flush();
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("started", started.toString());
        document.put("quick", quick);
        document.put(
                "machine",
                Map.of(
                        "processors",
                        Runtime.getRuntime().availableProcessors(),
                        "java",
                        Runtime.version().toString(),
                        "vendor",
                        String.valueOf(System.getProperty("java.vm.vendor")),
                        "os",
                        System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        document.put("figures", figures.stream().map(ReportTable::json).toList());
        document.put("problems", problems);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    private static Map<String, Object> json(Figure figure) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", figure.id());
        row.put("what", figure.what());
        row.put("unit", figure.unit());
        row.put("product", finite(figure.product()));
        row.put(
                "baseline",
                figure.baseline().isPresent() ? finite(figure.baseline().getAsDouble()) : null);
        row.put("ratio", finite(figure.ratio()));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("text", figure.target().describe(figure.unit()));
        target.put("on", figure.target().onRatio() ? "ratio" : "product");
        target.put("atMost", figure.target().atMost());
        target.put("bound", figure.target().bound());
        row.put("target", target);
        row.put("met", figure.met());
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("loadAverageBefore", figure.load().loadBefore());
        load.put("loadAverageAfter", figure.load().loadAfter());
        load.put(
                "busyShare",
                figure.load().busyShare().isPresent()
                        ? figure.load().busyShare().getAsDouble()
                        : null);
        load.put(
                "othersShare",
                figure.load().othersShare().isPresent()
                        ? figure.load().othersShare().getAsDouble()
                        : null);
        load.put("seconds", figure.load().length().toMillis() / 1000.0);
        row.put("machine", load);
        row.put("detail", figure.detail());
        return row;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
