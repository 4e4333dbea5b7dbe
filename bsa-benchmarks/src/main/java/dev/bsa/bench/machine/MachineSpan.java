package dev.bsa.bench.machine;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * How busy the machine was while something was measured: the 1-minute load average at both ends, the share of
 * all processors that was busy, and, when every process of the measurement is known (this JVM and the servers
 * it started), the share that other processes took.
 */
public final class MachineSpan {

    private final List<ProcessHandle> ours;
    private final boolean ownersKnown;
    private final double loadBefore;
    private final Optional<MachineCpu.Reading> cpuBefore;
    private final long oursCpuBefore;
    private final long started = System.nanoTime();

    private MachineSpan(List<ProcessHandle> ours, boolean ownersKnown) {
        this.ours = List.copyOf(ours);
        this.ownersKnown = ownersKnown;
        this.loadBefore = ProcessMemory.loadAverage().orElse(-1);
        this.cpuBefore = MachineCpu.read();
        this.oursCpuBefore = oursCpuMillis();
    }

    /** Starts a span in which only this JVM and {@code servers} are ours; others' share is reported. */
    public static MachineSpan withProcesses(List<ProcessHandle> servers) {
        return new MachineSpan(servers, true);
    }

    /** Starts a span in which processes come and go (JMH forks, child JVMs): only the machine's busy share is reported. */
    public static MachineSpan busyOnly() {
        return new MachineSpan(List.of(), false);
    }

    /** Ends the span. */
    public Load end() {
        Optional<MachineCpu.Reading> cpuAfter = MachineCpu.read();
        double loadAfter = ProcessMemory.loadAverage().orElse(-1);
        OptionalDouble busy = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? OptionalDouble.of(cpuBefore.get().busyShareUntil(cpuAfter.get()))
                : OptionalDouble.empty();
        OptionalDouble others = !ownersKnown || cpuBefore.isEmpty() || cpuAfter.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(cpuBefore.get().othersShareUntil(cpuAfter.get(), oursCpuMillis() - oursCpuBefore));
        return new Load(loadBefore, loadAfter, busy, others, Duration.ofNanos(System.nanoTime() - started));
    }

    private long oursCpuMillis() {
        long total = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime())
                : 0;
        for (ProcessHandle server : ours) {
            total += server.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
        }
        return total;
    }

    /**
     * The machine's load over a span.
     *
     * @param loadBefore  1-minute load average at the start (-1: unknown)
     * @param loadAfter   the same at the end
     * @param busyShare   share of all processors' time that was busy, 0 to 1
     * @param othersShare share taken by processes other than the measurement's own, 0 to 1
     * @param length      how long the span was
     */
    public record Load(
            double loadBefore,
            double loadAfter,
            OptionalDouble busyShare,
            OptionalDouble othersShare,
            Duration length) {}
}
