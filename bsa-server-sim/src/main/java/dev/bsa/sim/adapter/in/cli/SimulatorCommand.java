package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.Simulator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code java -jar bsa-server-sim.jar}: runs the simulator until Ctrl+C, printing where to find it. */
@Command(
        name = "bsa-server-sim",
        mixinStandardHelpOptions = true,
        version = "BSA Simulator 0.1.0",
        description = "Runs a simulated BSA passwordless-login server: website, device and admin APIs, "
                + "live status over WebSocket, fake push, TOTP, and a virtual clock.")
public final class SimulatorCommand implements Callable<Integer> {

    /** The exit status of a bad option or environment variable. */
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;
    /** The exit status when the simulator cannot start although its options are right, e.g. its port is taken. */
    public static final int CANNOT_START = CommandLine.ExitCode.SOFTWARE;

    @Mixin
    SimulatorOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final SimulatorRun run = new SimulatorRun();

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        CommandLineProcess.prepare();
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
        return run.run(spec, options, config -> new SimulatorRun.Started(Simulator.start(config), ""));
    }

    /** Asks the running command to stop the simulator and return, as Ctrl+C does. */
    void stop() {
        run.stop();
    }
}
