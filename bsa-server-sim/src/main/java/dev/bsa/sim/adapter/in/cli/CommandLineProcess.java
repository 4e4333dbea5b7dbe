package dev.bsa.sim.adapter.in.cli;

/**
 * What a runnable jar's {@code main} settles for its own JVM before anything else runs: system properties
 * that only a process of the simulator's own may set (an embedded simulator leaves its host's alone).
 */
public final class CommandLineProcess {

    /** Jetty's setting of how many object references fill a cache line (it pads its queues with them). */
    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private static final long COMPRESSED_REFERENCES_HEAP_LIMIT = 32L << 30;

    private CommandLineProcess() {}

    /**
     * Sets the properties the user did not set: no jOOQ banner or tips in the log, and Jetty told the size
     * of a reference (unless told, it starts the platform MBean server to ask).
     */
    public static void prepare() {
        setUnlessGiven("org.jooq.no-logo", "true");
        setUnlessGiven("org.jooq.no-tips", "true");
        boolean compressed = Runtime.getRuntime().maxMemory() < COMPRESSED_REFERENCES_HEAP_LIMIT;
        // A 64-byte cache line holds 16 compressed or 8 plain references.
        setUnlessGiven(JETTY_REFERENCES_PER_CACHE_LINE, compressed ? "16" : "8");
    }

    private static void setUnlessGiven(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
