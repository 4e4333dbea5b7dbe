package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.Simulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code java -jar bsa-server-sim.jar}: runs the simulator until Ctrl+C, printing where to find it. */
@Command(name = "bsa-server-sim", mixinStandardHelpOptions = true, version = "BSA Simulator 0.1.0",
        description = "Runs a simulated BSA passwordless-login server: website, device and admin APIs, "
                + "live status over WebSocket, fake push, TOTP, and a virtual clock.")
public final class SimulatorCommand implements Callable<Integer> {

    /** The exit status of a bad option or environment variable. */
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;
    /** The exit status when the simulator cannot start although its options are right, e.g. its port is taken. */
    public static final int CANNOT_START = CommandLine.ExitCode.SOFTWARE;

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorCommand.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    @Mixin
    SimulatorOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopRequested = new CountDownLatch(1);

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine(new SimulatorCommand()).execute(args));
    }

    /**
     * A picocli command line for {@code command} that reports a bad option or value in one line on
     * standard error, naming the command and pointing to {@code --help}, and exits with
     * {@link #BAD_INPUT} (picocli would print the whole usage text).
     */
    public static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setParameterExceptionHandler((problem, args) -> {
            CommandLine failed = problem.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + problem.getMessage() + " (see --help)");
            return BAD_INPUT;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Simulator simulator;
        try {
            simulator = Simulator.start(options.toConfig());
        } catch (IllegalArgumentException badInput) {
            err.println(spec.name() + ": " + badInput.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException failure) {
            err.println(spec.name() + ": cannot start: " + reason(failure));
            LOG.debug("the simulator did not start", failure);
            return CANNOT_START;
        }
        Banner.print(spec.commandLine().getOut(), simulator, options.usesDemoSeed(), "");
        return runUntilStopped(simulator);
    }

    /** Asks the running command to stop the simulator and return, as Ctrl+C does. */
    void stop() {
        stopRequested.countDown();
    }

    /**
     * Blocks until {@link #stop()} or the JVM is asked to stop, then stops the simulator gracefully
     * (a shutdown hook waits for that before the JVM ends).
     */
    private int runUntilStopped(Simulator simulator) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }, "bsa-simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopRequested.await();
        } finally {
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
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }
}
