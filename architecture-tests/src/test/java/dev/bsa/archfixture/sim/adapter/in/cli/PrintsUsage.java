package dev.bsa.archfixture.sim.adapter.in.cli;

/** Well-behaved: the command line may write to the standard streams. */
public final class PrintsUsage {

    public void usage() {
        System.out.println("usage: bsa-server-sim [--port N]");
        System.err.println("no port given");
    }
}
