package dev.bsa.web;

import dev.bsa.sim.adapter.in.cli.Banner;
import dev.bsa.sim.adapter.in.cli.SimulatorOptions;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar bsa-web-demo.jar}: runs the simulator with the demo pages until Ctrl+C, printing
 * the page URLs. It takes every option (and environment variable) of the simulator.
 */
@Command(name = "bsa-web-demo", mixinStandardHelpOptions = true, version = "BSA Web Demo 0.1.0",
        description = "Runs the BSA simulator together with its web demo: the browser SDK bsa.js, a demo login "
                + "page, a virtual phone and an admin console, on one port.")
public final class WebDemoCommand implements Callable<Integer> {

    @Mixin
    SimulatorOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new WebDemoCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        WebDemo demo;
        try {
            demo = WebDemo.start(options.toConfig());
        } catch (IllegalArgumentException badInput) {
            spec.commandLine().getErr().println("bsa-web-demo: " + badInput.getMessage());
            return 2;
        }
        Banner.print(spec.commandLine().getOut(), demo.simulator(), options.usesDemoSeed(), demo.bannerLines());
        return runUntilStopped(demo);
    }

    /** Blocks until the JVM is asked to stop, then stops the demo gracefully. */
    private static int runUntilStopped(WebDemo demo) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            stopped.countDown();
        }, "bsa-web-demo-shutdown"));
        stopped.await();
        return 0;
    }
}
