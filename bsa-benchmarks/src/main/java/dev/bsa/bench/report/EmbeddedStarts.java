package dev.bsa.bench.report;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code java -cp bsa-benchmarks.jar dev.bsa.bench.report.EmbeddedStarts WARMUP RUNS}, started by the report in a
 * JVM of its own: what a test class pays to start and stop its server in a warm JVM. Each cycle starts and closes
 * an embedded simulator as the JUnit extension does ({@code Simulator.start}: loopback, free port, private H2 in
 * memory, demo seed), or starts and stops a {@link WireMockServer} (free port, default options). WARMUP cycles of
 * each first, then RUNS of each, alternating; the last line reads {@code RESULT simulator=ms,ms,... wiremock=ms,...}.
 */
public final class EmbeddedStarts {

    private EmbeddedStarts() {}

    /** Runs the cycles and prints the result line. */
    public static void main(String[] args) {
        int warmup = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        for (int cycle = 0; cycle < warmup; cycle++) {
            simulatorCycle();
            wireMockCycle();
        }
        List<Double> simulator = new ArrayList<>();
        List<Double> wireMock = new ArrayList<>();
        for (int cycle = 0; cycle < runs; cycle++) {
            if (cycle % 2 == 0) {
                simulator.add(simulatorCycle());
                wireMock.add(wireMockCycle());
            } else {
                wireMock.add(wireMockCycle());
                simulator.add(simulatorCycle());
            }
        }
        System.out.println("RESULT simulator=" + join(simulator) + " wiremock=" + join(wireMock));
        System.exit(0);
    }

    /** Milliseconds to start and close an embedded simulator. */
    static double simulatorCycle() {
        long started = System.nanoTime();
        try (Simulator simulator =
                Simulator.start(SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0))) {
            if (simulator.port() <= 0) {
                throw new IllegalStateException("the simulator did not listen");
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** Milliseconds to start and stop a WireMock server. */
    static double wireMockCycle() {
        long started = System.nanoTime();
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        if (server.port() <= 0) {
            throw new IllegalStateException("WireMock did not listen");
        }
        server.stop();
        return (System.nanoTime() - started) / 1e6;
    }

    private static String join(List<Double> millis) {
        return millis.stream()
                .map(value -> String.format(Locale.ROOT, "%.3f", value))
                .collect(Collectors.joining(","));
    }
}
