package dev.bsa.web;

import dev.bsa.sim.adapter.in.cli.CommandLineProcess;
import dev.bsa.sim.adapter.in.cli.SimulatorCommand;
import dev.bsa.sim.adapter.in.cli.SimulatorOptions;
import dev.bsa.sim.adapter.in.cli.SimulatorRun;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar bsa-web-demo.jar}: runs the simulator with the demo pages until Ctrl+C, printing
 * the page URLs. It takes every option (and environment variable) of the simulator.
 */
@Command(
        name = "bsa-web-demo",
        mixinStandardHelpOptions = true,
        version = "BSA Web Demo 0.1.0",
        description = "Runs the BSA simulator together with its web demo: the browser SDK bsa.js, a demo login "
                + "page, a virtual phone and an admin console, on one port.")
public final class WebDemoCommand implements Callable<Integer> {

    @Mixin
    SimulatorOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final SimulatorRun run = new SimulatorRun();

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        CommandLineProcess.prepare();
        System.exit(SimulatorCommand.commandLine(new WebDemoCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        return run.run(spec, options, config -> {
            WebDemo demo = WebDemo.start(config);
            return new SimulatorRun.Started(demo.simulator(), demo.bannerLines());
        });
    }

    /** Asks the running command to stop the demo and return, as Ctrl+C does. */
    void stop() {
        run.stop();
    }
}
