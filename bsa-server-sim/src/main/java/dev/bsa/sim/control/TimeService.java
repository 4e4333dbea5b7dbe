package dev.bsa.sim.control;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.sim.control.port.ClockControl;
import java.time.Instant;
import java.util.Map;

/** The simulator's clock in the control plane: read it, and move a virtual clock, expiring what falls due. */
public final class TimeService {

    private final ClockControl clock;
    private final ExpireDueSessionsUseCase expireDue;
    private final EventFeed events;

    public TimeService(ClockControl clock, ExpireDueSessionsUseCase expireDue, EventFeed events) {
        this.clock = clock;
        this.expireDue = expireDue;
        this.events = events;
    }

    /** The current instant. */
    public Instant now() {
        return clock.now();
    }

    /** True when the clock is virtual (only moves when advanced). */
    public boolean isVirtual() {
        return clock.isVirtual();
    }

    /**
     * Advances a virtual clock and times out every session that falls due; returns how many did.
     * 2002 for the system clock or a bad amount.
     */
    public Result<Integer> advance(long millis) {
        Result<Done> moved = clock.advance(millis);
        if (!moved.isSuccess()) {
            return moved.asRejection();
        }
        int expired = expireDue.expireDue();
        events.publish("clock", Map.of("advancedMillis", millis, "now", clock.now().toString(), "expired", expired));
        return Result.success(expired);
    }

    /**
     * Puts a virtual clock back to its start, right after a reset (the JUnit extension does this
     * between tests so that every test starts at the same instant); 2002 for the system clock.
     */
    public Result<Done> rewind() {
        Result<Done> rewound = clock.rewind();
        if (rewound.isSuccess()) {
            events.publish("clock", Map.of("rewound", true, "now", clock.now().toString()));
        }
        return rewound;
    }
}
