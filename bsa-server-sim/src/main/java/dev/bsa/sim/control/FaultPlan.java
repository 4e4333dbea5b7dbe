package dev.bsa.sim.control;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injected faults: "fail the next N channel creations / push sends / node verifications / website
 * calls". Each simulated gateway (and, for server errors, the website API) takes one fault per call
 * while any are left. Thread-safe.
 */
public final class FaultPlan {

    /** The steps a fault can be injected into, with the code the login then fails with. */
    public enum FaultKind {
        /** Channel creation fails: 5015. */
        CHANNEL(ErrorCode.CHANNEL_CREATION_FAILED),
        /** Push sending fails: 5017. */
        PUSH(ErrorCode.PUSH_FAILED),
        /** Node verification fails: 5022. */
        NODE(ErrorCode.NODE_VERIFICATION_FAILED),
        /**
         * A website API call with a valid client key fails as the real service does on an internal
         * error: 2001 (HTTP 500), nothing changed. Lets an integrator test the one code that is
         * otherwise only a bug.
         */
        SERVER(ErrorCode.SERVER_ERROR);

        private final ErrorCode failsWith;

        FaultKind(ErrorCode failsWith) {
            this.failsWith = failsWith;
        }

        /** The code a login fails with when this fault strikes. */
        public ErrorCode failsWith() {
            return failsWith;
        }
    }

    /** The most faults of one kind that can be queued. */
    public static final int MAX_PENDING = 10_000;

    private final Map<FaultKind, AtomicInteger> pending = new EnumMap<>(FaultKind.class);

    public FaultPlan() {
        for (FaultKind kind : FaultKind.values()) {
            pending.put(kind, new AtomicInteger());
        }
    }

    /** Makes the next {@code count} calls of {@code kind} fail (replacing what was queued); 0 clears it. */
    public void failNext(FaultKind kind, int count) {
        if (count < 0 || count > MAX_PENDING) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_PENDING);
        }
        pending.get(kind).set(count);
    }

    /** Takes one queued fault of {@code kind}: true when this call must fail. */
    public boolean takeFault(FaultKind kind) {
        return pending.get(kind).getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    /** A step of {@code kind} as the simulated infrastructure runs it: done, or the kind's rejection when a fault is queued. */
    public Result<Done> run(FaultKind kind) {
        if (takeFault(kind)) {
            return Result.reject(kind.failsWith(), "injected fault: " + kind.failsWith().english().toLowerCase(Locale.ROOT));
        }
        return Result.done();
    }

    /** How many faults of each kind are still queued. */
    public Map<FaultKind, Integer> pending() {
        Map<FaultKind, Integer> snapshot = new EnumMap<>(FaultKind.class);
        pending.forEach((kind, left) -> snapshot.put(kind, left.get()));
        return snapshot;
    }

    /** Clears every queued fault. */
    public void clear() {
        pending.values().forEach(left -> left.set(0));
    }
}
