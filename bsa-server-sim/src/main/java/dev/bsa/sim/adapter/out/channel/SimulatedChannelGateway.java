package dev.bsa.sim.adapter.out.channel;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.port.out.ChannelGateway;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.port.out.FaultInjector;

/**
 * Opens the in-process channels that WebSocket and polling clients watch: always succeeds,
 * unless a {@link FaultKind#CHANNEL} fault is queued (5015).
 */
public final class SimulatedChannelGateway implements ChannelGateway {

    private final FaultInjector faults;

    public SimulatedChannelGateway(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public Result<Done> open(AuthSession session) {
        return faults.run(FaultKind.CHANNEL);
    }
}
