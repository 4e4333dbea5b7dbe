package dev.bsa.archfixture.sim.adapter.out.push;

/** Breaks "only the CLI uses the standard streams": a push adapter prints. */
public final class PrintsToStdout {

    public void send(String user) {
        System.out.println("push to " + user);
    }
}
