package dev.bsa.archfixture.sim.adapter.out.channel;

/** Breaks "only the CLI uses the standard streams": prints a stack trace to System.err. */
public final class PrintsStackTrace {

    public void open(Runnable channel) {
        try {
            channel.run();
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
    }
}
