package dev.bsa.bench.load;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one or more measured windows of a {@link LoadFlow} gave.
 *
 * @param calls    attempts that ended as expected (tokens, or the expected rejection)
 * @param seconds  measured time: from each window's start to the end of its last counted attempt, added up
 * @param errors   attempts that did not, by error code (or what failed)
 * @param latency  latencies of the successful attempts, nanoseconds
 * @param approval push logins where the generator was the phone: from sending the approval to the result over
 *                 the WebSocket, nanoseconds (empty otherwise)
 */
public record LoadWindow(long calls, double seconds, Map<String, Long> errors, Histogram latency, Histogram approval) {

    /** Successful attempts per second. */
    public double perSecond() {
        return seconds <= 0 ? 0 : calls / seconds;
    }

    /** Attempts that failed. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** This and {@code other} together (windows of the same flow). */
    public LoadWindow plus(LoadWindow other) {
        Map<String, Long> allErrors = new TreeMap<>(errors);
        other.errors.forEach((code, count) -> allErrors.merge(code, count, Long::sum));
        Histogram allLatency = latency.copy();
        allLatency.add(other.latency);
        Histogram allApproval = approval.copy();
        allApproval.add(other.approval);
        return new LoadWindow(
                calls + other.calls, seconds + other.seconds, Map.copyOf(allErrors), allLatency, allApproval);
    }
}
