package dev.bsa.sim.adapter.out.fault;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.port.out.FaultInjector;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injected faults in memory: each simulated gateway (and, for server errors, the website API) takes one
 * fault per call while any are left. Thread-safe.
 */
public final class FaultPlan implements FaultInjector {

    private final Map<FaultKind, AtomicInteger> pending = new EnumMap<>(FaultKind.class);

    public FaultPlan() {
        for (FaultKind kind : FaultKind.values()) {
            pending.put(kind, new AtomicInteger());
        }
    }

    @Override
    public void failNext(FaultKind kind, int count) {
        if (count < 0 || count > FaultKind.MAX_PENDING) {
            throw new IllegalArgumentException("count must be between 0 and " + FaultKind.MAX_PENDING);
        }
        pending.get(kind).set(count);
    }

    @Override
    public Result<Done> run(FaultKind kind) {
        if (pending.get(kind).getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0) {
            return Result.reject(
                    kind.failsWith(),
                    "injected fault: " + kind.failsWith().english().toLowerCase(Locale.ROOT));
        }
        return Result.done();
    }

    @Override
    public Map<FaultKind, Integer> pending() {
        Map<FaultKind, Integer> snapshot = new EnumMap<>(FaultKind.class);
        pending.forEach((kind, left) -> snapshot.put(kind, left.get()));
        return snapshot;
    }

    @Override
    public void clear() {
        pending.values().forEach(left -> left.set(0));
    }
}
