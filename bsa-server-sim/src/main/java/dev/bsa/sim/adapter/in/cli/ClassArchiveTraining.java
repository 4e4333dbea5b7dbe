package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The training run the build makes the {@link ClassArchive} with: the JVM runs it with
 * {@code -XX:ArchiveClassesAtExit=<archive>}, so that every class it loads ends up in the archive. It starts
 * the simulator as the command does (demo seed, H2 in memory, a free loopback port), prints the banner to
 * nowhere, asks a few routes (the signing key included, so that the token library is in the archive),
 * stops it, and writes the archive's stamp. Any failure fails the build.
 */
public final class ClassArchiveTraining {

    /** The routes the simulator's training asks; each must answer 200. */
    public static final List<String> SIMULATOR_ROUTES = List.of("/health", "/api/v1/jwks", "/openapi.json");

    private ClassArchiveTraining() {
    }

    /** Trains the simulator's jar. */
    public static void main(String[] args) {
        train(ClassArchiveTraining.class,
                config -> new SimulatorRun.Started(Simulator.start(config), ""), SIMULATOR_ROUTES);
    }

    /**
     * Starts what {@code starter} makes of the default configuration (on a free loopback port), asks it
     * {@code routes}, stops it, and writes the stamp of the archive next to the jar {@code inJar} came from.
     */
    public static void train(Class<?> inJar, Function<SimulatorConfig, SimulatorRun.Started> starter, List<String> routes) {
        ClassArchive archive = ClassArchive.besides(ClassArchive.jarOf(inJar).orElseThrow(
                () -> new IllegalStateException("the training runs from the packaged jar, not from " + inJar)));
        SimulatorRun.Started started = starter.apply(SimulatorConfig.defaults().withHost("127.0.0.1").withPort(0));
        try (Simulator simulator = started.simulator()) {
            Banner.print(new PrintWriter(Writer.nullWriter()), simulator, true, started.bannerLines());
            for (String route : routes) {
                int status = get(simulator.port(), route);
                if (status != 200) {
                    throw new IllegalStateException("GET " + route + " answered " + status + " during the training");
                }
            }
        }
        archive.writeStamp();
    }

    private static int get(int port, String path) {
        try {
            return LoopbackHttp.status(port, path);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed during the training", e);
        }
    }
}
