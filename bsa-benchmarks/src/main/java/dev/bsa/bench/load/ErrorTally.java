package dev.bsa.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Failed logins counted by what they failed with: a BSA error code, or {@code timeout} on the client side. Thread-safe. */
final class ErrorTally {

    /** The label of a login that did not end within the plan's login time-out. */
    static final String CLIENT_TIMEOUT = "timeout";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String label) {
        counts.computeIfAbsent(label, ignored -> new LongAdder()).increment();
    }

    /** The counts by label, in label order. */
    Map<String, Long> snapshot() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((label, count) -> sorted.put(label, count.sum()));
        return sorted;
    }
}
