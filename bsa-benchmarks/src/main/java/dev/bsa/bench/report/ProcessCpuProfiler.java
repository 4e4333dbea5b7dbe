package dev.bsa.bench.report;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof dev.bsa.bench.report.ProcessCpuProfiler}): the CPU time the benchmark's JVM used
 * per operation in each iteration (all its threads: the benchmark thread, and the GC and JIT compilers it keeps
 * busy). Unlike the time per operation it is barely moved by other processes taking the processors, which on a
 * shared machine makes it the figure to compare.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    /** The secondary result's name. */
    public static final String RESULT = "cpu.per.op";

    private long cpuBefore;

    @Override
    public String getDescription() {
        return "CPU time of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuBefore = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long ops = result.getMetadata().getMeasuredOps();
        double perOp = ops <= 0 ? Double.NaN : (processCpuNanos() - cpuBefore) / (double) ops;
        return List.of(new ScalarResult(RESULT, perOp, "ns/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
