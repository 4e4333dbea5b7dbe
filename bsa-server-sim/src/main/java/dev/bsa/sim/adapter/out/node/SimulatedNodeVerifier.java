package dev.bsa.sim.adapter.out.node;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.out.NodeVerifier;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.port.out.FaultInjector;

/** The simulated verification nodes: they agree, unless a {@link FaultKind#NODE} fault is queued (5022). */
public final class SimulatedNodeVerifier implements NodeVerifier {

    private final FaultInjector faults;

    public SimulatedNodeVerifier(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public Result<Done> verify(AuthSession session) {
        return faults.run(FaultKind.NODE);
    }
}
