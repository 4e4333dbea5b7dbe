package dev.bsa.sim.adapter.out.push;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.port.out.PushGateway;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.sim.application.port.out.FaultInjector;

/**
 * The fake FCM: delivers pushes to the simulated phones' {@link PushInbox}, unless a
 * {@link FaultKind#PUSH} fault is queued (5017).
 */
public final class SimulatedPushGateway implements PushGateway {

    private final FaultInjector faults;
    private final PushInbox inbox;

    public SimulatedPushGateway(FaultInjector faults, PushInbox inbox) {
        this.faults = faults;
        this.inbox = inbox;
    }

    @Override
    public Result<Done> send(PushNotification notification) {
        return faults.run(FaultKind.PUSH).ifSuccess(sent -> inbox.deliver(notification));
    }
}
