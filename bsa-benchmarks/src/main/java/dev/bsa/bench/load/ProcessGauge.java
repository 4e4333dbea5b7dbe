package dev.bsa.bench.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * What this JVM uses: heap in use right after a full garbage collection (what the live objects take),
 * CPU time of all its threads, and the machine's load average (how much else was running).
 */
final class ProcessGauge {

    private ProcessGauge() {}

    /** Heap bytes in use after {@link System#gc()} (a full, stop-the-world collection with the default G1 settings). */
    static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time this process has used so far, all threads, in nanoseconds; -1 when the platform does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    /** The machine's load average over the last minute; negative when the platform does not tell. */
    static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
