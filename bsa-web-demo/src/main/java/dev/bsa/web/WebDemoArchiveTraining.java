package dev.bsa.web;

import dev.bsa.sim.adapter.in.cli.ClassArchiveTraining;
import dev.bsa.sim.adapter.in.cli.SimulatorRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the web demo's class-data archive (see {@link ClassArchiveTraining}): the simulator's
 * routes and the pages of the demo.
 */
public final class WebDemoArchiveTraining {

    private WebDemoArchiveTraining() {
    }

    /** Trains the web demo's jar. */
    public static void main(String[] args) {
        List<String> routes = new ArrayList<>(ClassArchiveTraining.SIMULATOR_ROUTES);
        routes.addAll(List.of("/", "/phone.html", "/admin.html", "/bsa.js"));
        ClassArchiveTraining.train(WebDemoArchiveTraining.class, config -> {
            WebDemo demo = WebDemo.start(config);
            return new SimulatorRun.Started(demo.simulator(), demo.bannerLines());
        }, routes);
    }
}
