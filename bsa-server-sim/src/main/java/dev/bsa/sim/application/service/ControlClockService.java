package dev.bsa.sim.application.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import dev.bsa.sim.application.port.out.ClockControl;
import dev.bsa.sim.application.port.out.EventLog;
import java.time.Instant;

/** The simulator's clock in the control plane: read it, and move a virtual clock, expiring what falls due. */
public final class ControlClockService implements ControlClockUseCase {

    private final ClockControl clock;
    private final ExpireDueSessionsUseCase expireDue;
    private final EventLog events;

    public ControlClockService(ClockControl clock, ExpireDueSessionsUseCase expireDue, EventLog events) {
        this.clock = clock;
        this.expireDue = expireDue;
        this.events = events;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public boolean isVirtual() {
        return clock.isVirtual();
    }

    @Override
    public Result<Integer> advance(long millis) {
        Result<Done> moved = clock.advance(millis);
        if (!moved.isSuccess()) {
            return moved.asRejection();
        }
        int expired = expireDue.expireDue();
        events.publish(new SimEvent.ClockMoved(clock.now(), millis, expired, false));
        return Result.success(expired);
    }

    @Override
    public Result<Done> rewind() {
        Result<Done> rewound = clock.rewind();
        if (rewound.isSuccess()) {
            events.publish(new SimEvent.ClockMoved(clock.now(), 0, 0, true));
        }
        return rewound;
    }
}
