package dev.bsa.bench.startup;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times consecutive steps in this JVM: wall time, the calling thread's CPU time and the whole process's
 * CPU time (the JIT compilers and the GC run on other threads) of each step, printed as it ends.
 */
public final class StepClock {

    private final PrintWriter out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long wall;
    private long threadCpu;
    private long processCpu;

    /** A clock that prints to {@code out}, starting now. */
    public StepClock(PrintWriter out) {
        this.out = out;
        this.wall = System.nanoTime();
        this.threadCpu = threads.getCurrentThreadCpuTime();
        this.processCpu = processCpuNanos();
    }

    /** Ends the step named {@code step}: prints its figures and starts the next one. */
    public void lap(String step) {
        long nowWall = System.nanoTime();
        long nowThread = threads.getCurrentThreadCpuTime();
        long nowProcess = processCpuNanos();
        out.printf(
                Locale.ROOT,
                "%-46s wall %5d ms   this thread's CPU %5d ms   process CPU %5d ms%n",
                step,
                (nowWall - wall) / 1_000_000,
                (nowThread - threadCpu) / 1_000_000,
                (nowProcess - processCpu) / 1_000_000);
        out.flush();
        wall = nowWall;
        threadCpu = nowThread;
        processCpu = nowProcess;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
