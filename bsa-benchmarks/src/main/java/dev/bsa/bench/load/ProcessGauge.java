package dev.bsa.bench.load;

import java.lang.management.ManagementFactory;

/** This JVM's heap in use right after a full garbage collection: what the live objects take. */
final class HeapGauge {

    private HeapGauge() {
    }

    /** Heap bytes in use after {@link System#gc()} (a full, stop-the-world collection with the default G1 settings). */
    static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
