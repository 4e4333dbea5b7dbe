package dev.bsa.sim.application.port.in;

import dev.bsa.sim.application.model.FaultKind;
import java.util.Map;

/** Faults on demand: make the next N channel creations, pushes, node verifications or website calls fail. */
public interface InjectFaultsUseCase {

    /**
     * Makes the next {@code count} steps of {@code kind} fail (replacing what was queued; 0 clears it); an
     * {@link IllegalArgumentException} outside 0 to {@link FaultKind#MAX_PENDING}.
     */
    void failNext(FaultKind kind, int count);

    /** How many faults of each kind are still queued. */
    Map<FaultKind, Integer> pending();
}
