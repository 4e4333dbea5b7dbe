package dev.bsa.bench.load;

/**
 * Latency figures of the logins that gave tokens, in nanoseconds.
 *
 * @param count how many latencies
 * @param p50   the median
 * @param p95   the 95th percentile
 * @param p99   the 99th percentile
 * @param max   the largest
 * @param mean  the mean
 */
public record LatencySummary(long count, long p50, long p95, long p99, long max, long mean) {

    /** No latency at all. */
    public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0, 0);
}
