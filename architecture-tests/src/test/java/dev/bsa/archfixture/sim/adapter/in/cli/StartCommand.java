package dev.bsa.archfixture.sim.adapter.in.cli;

import dev.bsa.archfixture.sim.app.Bootstrap;

/** Half of a package cycle: the command line starts the wiring, which knows the command line. */
public final class StartCommand {

    public Bootstrap start() {
        return new Bootstrap(this);
    }

    public int port() {
        return 8080;
    }
}
