package dev.bsa.bench.load;

import java.util.Arrays;
import java.util.List;

/**
 * The latencies one worker measured, in nanoseconds, every one of them (a run of minutes holds a few
 * hundred thousand). Not thread-safe: each worker has its own; {@link #summarize} merges them.
 */
final class LatencyLog {

    private long[] nanos = new long[4_096];
    private int count;

    void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    int count() {
        return count;
    }

    /** Percentiles (nearest rank) and maximum of all the logs together. */
    static LatencySummary summarize(List<LatencyLog> logs) {
        long[] all = logs.stream()
                .flatMapToLong(log -> Arrays.stream(log.nanos, 0, log.count))
                .sorted()
                .toArray();
        if (all.length == 0) {
            return LatencySummary.NONE;
        }
        return new LatencySummary(
                all.length, rank(all, 0.50), rank(all, 0.95), rank(all, 0.99), all[all.length - 1], (long)
                        Arrays.stream(all).average().orElse(0));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
