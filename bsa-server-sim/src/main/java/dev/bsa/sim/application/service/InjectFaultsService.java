package dev.bsa.sim.application.service;

import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.port.in.InjectFaultsUseCase;
import dev.bsa.sim.application.port.out.FaultInjector;
import java.util.Map;

/** Queues faults for the simulated infrastructure to take, within the limit of {@link FaultKind#MAX_PENDING} per kind. */
public final class InjectFaultsService implements InjectFaultsUseCase {

    private final FaultInjector faults;

    public InjectFaultsService(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void failNext(FaultKind kind, int count) {
        if (count < 0 || count > FaultKind.MAX_PENDING) {
            throw new IllegalArgumentException("count must be between 0 and " + FaultKind.MAX_PENDING);
        }
        faults.failNext(kind, count);
    }

    @Override
    public Map<FaultKind, Integer> pending() {
        return faults.pending();
    }
}
