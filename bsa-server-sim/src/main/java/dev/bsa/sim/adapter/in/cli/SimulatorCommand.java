package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.Simulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code java -jar bsa-server-sim.jar}: runs the simulator until Ctrl+C, printing where to find it. */
@Command(name = "bsa-server-sim", mixinStandardHelpOptions = true, version = "BSA Simulator 0.1.0",
        description = "Runs a simulated BSA passwordless-login server: website, device and admin APIs, "
                + "live status over WebSocket, fake push, TOTP, and a virtual clock.")
public final class SimulatorCommand implements Callable<Integer> {

    @Mixin
    SimulatorOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Simulator simulator;
        try {
            simulator = Simulator.start(options.toConfig());
        } catch (IllegalArgumentException badInput) {
            spec.commandLine().getErr().println("bsa-server-sim: " + badInput.getMessage());
            return 2;
        }
        Banner.print(out, simulator, options.usesDemoSeed(), "");
        return runUntilStopped(simulator);
    }

    /** Blocks until the JVM is asked to stop, then stops the simulator gracefully. */
    static int runUntilStopped(Simulator simulator) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "bsa-simulator-shutdown"));
        stopped.await();
        return 0;
    }
}
