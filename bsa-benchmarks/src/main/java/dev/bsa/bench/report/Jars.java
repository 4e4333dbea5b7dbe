package dev.bsa.bench.report;

import dev.bsa.bench.startup.SimulatorProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two runnable jars the report starts, each in one JVM with no options of its own: the simulator's and the
 * bare Javalin app's.
 *
 * @param java      the java launcher
 * @param simulator {@code bsa-server-sim.jar}
 * @param bare      {@code bsa-bare-javalin.jar}
 * @param simulatorJvmOptions JVM options for the simulator under load only (a profiling run: {@code
 *                  -XX:StartFlightRecording=...}); empty for the report's figures
 */
record Jars(String java, Path simulator, Path bare, List<String> simulatorJvmOptions) {

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    /** The simulator's jar with {@code options} (port and host are added). */
    SimulatorProcess simulator(Duration timeout, String... options) {
        return simulator(List.of(), timeout, options);
    }

    /** The simulator's jar under load, with {@link #simulatorJvmOptions} and {@code options}. */
    SimulatorProcess simulatorUnderLoad(Duration timeout, String... options) {
        return simulator(simulatorJvmOptions, timeout, options);
    }

    private SimulatorProcess simulator(List<String> jvmOptions, Duration timeout, String... options) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", simulator.toString()));
        command.addAll(List.of(options));
        return new SimulatorProcess(command, NO_ENVIRONMENT, timeout);
    }

    /** The bare Javalin jar (port and host are added). */
    SimulatorProcess bare(Duration timeout) {
        return new SimulatorProcess(List.of(java, "-jar", bare.toString()), Map.of(), timeout);
    }
}
