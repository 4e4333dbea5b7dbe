package dev.bsa.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads, grouped by name with the numbers taken out ({@code qtp123-45} and
 * {@code qtp123-46} are one group {@code qtpN-N}): where an embedded run spends its processor time.
 * What the JVM does outside Java threads (JIT compilers, garbage collector) is the process's CPU time
 * less the groups' sum.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {}

    /** CPU nanoseconds used so far by every live thread, by thread id; empty when the JVM does not measure it. */
    static Map<Long, Sample> now() {
        Map<Long, Sample> samples = new HashMap<>();
        if (!THREADS.isThreadCpuTimeSupported() || !THREADS.isThreadCpuTimeEnabled()) {
            return samples;
        }
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            var info = THREADS.getThreadInfo(id);
            if (cpu >= 0 && info != null) {
                samples.put(id, new Sample(info.getThreadName().replaceAll("\\d+", "N"), cpu));
            }
        }
        return samples;
    }

    /**
     * CPU nanoseconds used between two samples, by thread group, largest first; a thread that ended in
     * between is left out, one that started in between counts from zero.
     */
    static Map<String, Long> usedBetween(Map<Long, Sample> before, Map<Long, Sample> after) {
        Map<String, Long> byGroup = new HashMap<>();
        after.forEach((id, sample) -> {
            Sample earlier = before.get(id);
            long used = sample.cpuNanos() - (earlier == null ? 0 : earlier.cpuNanos());
            byGroup.merge(sample.group(), used, Long::sum);
        });
        Map<String, Long> largestFirst = new LinkedHashMap<>();
        byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> largestFirst.put(entry.getKey(), entry.getValue()));
        return largestFirst;
    }

    /**
     * One thread's CPU time.
     *
     * @param group    its name with the numbers taken out
     * @param cpuNanos CPU time it used so far
     */
    record Sample(String group, long cpuNanos) {}
}
