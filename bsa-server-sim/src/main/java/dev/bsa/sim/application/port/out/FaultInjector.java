package dev.bsa.sim.application.port.out;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.sim.application.model.FaultKind;
import java.util.Map;

/** Injected faults: "fail the next N channel creations / push sends / node verifications / website calls". */
public interface FaultInjector {

    /** Makes the next {@code count} steps of {@code kind} fail (replacing what was queued); 0 clears it. */
    void failNext(FaultKind kind, int count);

    /** A step of {@code kind}: done, or the kind's rejection when a fault is queued (which it takes). */
    Result<Done> run(FaultKind kind);

    /** How many faults of each kind are still queued. */
    Map<FaultKind, Integer> pending();

    /** Clears every queued fault. */
    void clear();
}
