package dev.bsa.domain.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** How many of the next calls of a scripted gateway fail. Thread-safe. */
final class FailureScript {

    private final AtomicInteger failuresLeft = new AtomicInteger();

    void failNext(int calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative: " + calls);
        }
        failuresLeft.set(calls);
    }

    /** True when this call is one of those scripted to fail (and counts it). */
    boolean thisCallFails() {
        return failuresLeft.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }
}
