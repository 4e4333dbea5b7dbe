package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a command runs a simulator (the simulator's own command, and the web demo's): start it from the
 * options, or say in one line why not ({@link SimulatorCommand#BAD_INPUT} for a bad option or variable,
 * {@link SimulatorCommand#CANNOT_START} otherwise); print the banner; wait for Ctrl+C or
 * {@link #stop()}; then stop the simulator gracefully.
 */
public final class SimulatorRun {

    /** A started simulator and the lines it adds to the banner (may be empty). */
    public record Started(Simulator simulator, String bannerLines) {}

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorRun.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 60;

    private final CountDownLatch stopRequested = new CountDownLatch(1);

    /**
     * Starts what {@code starter} makes of the options' configuration and runs it until stopped;
     * returns the command's exit status.
     */
    public int run(CommandSpec spec, SimulatorOptions options, Function<SimulatorConfig, Started> starter)
            throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SimulatorConfig config;
        Optional<Path> readyFile;
        try {
            CommandLineLogging.configure(options.logLevel());
            config = options.toConfig();
            readyFile = options.readyFile();
        } catch (IllegalArgumentException badInput) {
            err.println(spec.name() + ": " + badInput.getMessage());
            return SimulatorCommand.BAD_INPUT;
        }
        // A ready file left by a run that crashed would tell a waiting script that this one is ready before it is.
        readyFile.ifPresent(ReadyFile::remove);
        Started started;
        try {
            started = starter.apply(config);
        } catch (IllegalArgumentException badInput) {
            err.println(spec.name() + ": " + badInput.getMessage());
            return SimulatorCommand.BAD_INPUT;
        } catch (RuntimeException failure) {
            err.println(spec.name() + ": cannot start: " + reason(failure));
            LOG.debug("the simulator did not start", failure);
            return SimulatorCommand.CANNOT_START;
        }
        Simulator simulator = started.simulator();
        if (readyFile.isPresent()) {
            try {
                readyFile(simulator, options).writeTo(readyFile.get());
            } catch (IOException | RuntimeException unwritable) {
                simulator.close();
                err.println(spec.name() + ": cannot start: cannot write the ready file " + readyFile.get() + ": "
                        + reason(unwritable));
                LOG.debug("the ready file could not be written", unwritable);
                return SimulatorCommand.CANNOT_START;
            }
        }
        Banner.print(spec.commandLine().getOut(), simulator, options.usesDemoSeed(), started.bannerLines());
        // The ready file goes first at a stop: a script that reads it then finds the simulator still answering.
        return runUntilStopped(simulator, () -> readyFile.ifPresent(ReadyFile::remove));
    }

    private static ReadyFile readyFile(Simulator simulator, SimulatorOptions options) {
        return new ReadyFile(
                simulator.baseUrl(),
                simulator.port(),
                simulator.adminToken(),
                options.usesDemoSeed() ? Banner.DEMO_CLIENT_KEY : null,
                ProcessHandle.current().pid());
    }

    /** Asks the running command to stop the simulator and return, as Ctrl+C does. */
    public void stop() {
        stopRequested.countDown();
    }

    /**
     * Blocks until {@link #stop()} or the JVM is asked to stop, then runs {@code stopping} and stops the simulator
     * gracefully (a shutdown hook waits for that before the JVM ends).
     */
    private int runUntilStopped(Simulator simulator, Runnable stopping) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stopRequested.countDown();
                    try {
                        closed.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bsa-simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopRequested.await();
        } finally {
            stopping.run();
            simulator.close();
            closed.countDown();
            removeHook(hook);
        }
        return CommandLine.ExitCode.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already running the hook: nothing to remove.
        }
    }

    /** The failure's own message, and its root cause's when that says something more. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName();
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }
}
