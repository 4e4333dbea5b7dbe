package dev.bsa.sim.application.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.port.in.ExpireDueSessionsUseCase;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import dev.bsa.sim.application.port.out.ClockControl;
import dev.bsa.sim.application.port.out.EventLog;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's clock in the control plane: read it; move a virtual clock forward, or set it to any instant
 * between {@link #EARLIEST} and {@link #LATEST}, forward or back, expiring what falls due.
 */
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
        if (!clock.isVirtual()) {
            return systemClock("advanced");
        }
        if (millis < 0 || millis > MAX_ADVANCE.toMillis()) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER,
                    "millis must be between 0 and " + MAX_ADVANCE.toMillis() + " (10 years), was " + millis
                            + "; to go back, set the clock to an instant");
        }
        if (clock.now().plusMillis(millis).isAfter(LATEST)) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "advancing by " + millis + " ms passes " + LATEST);
        }
        clock.advance(Duration.ofMillis(millis));
        return expired(millis);
    }

    @Override
    public Result<Integer> setTo(Instant instant) {
        if (!clock.isVirtual()) {
            return systemClock("set");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER,
                    "instant must be between " + EARLIEST + " and " + LATEST + ", was " + instant);
        }
        Instant before = clock.now();
        clock.set(instant);
        return expired(Duration.between(before, instant).toMillis());
    }

    @Override
    public Result<Done> rewind() {
        if (!clock.isVirtual()) {
            return systemClock("rewound");
        }
        clock.set(clock.start());
        events.publish(new SimEvent.ClockMoved(clock.now(), 0, 0, true));
        return Result.done();
    }

    /** Times out whatever fell due at the clock's new instant and tells the event log how far it moved. */
    private Result<Integer> expired(long movedMillis) {
        int expired = expireDue.expireDue();
        events.publish(new SimEvent.ClockMoved(clock.now(), movedMillis, expired, false));
        return Result.success(expired);
    }

    private static <T> Result<T> systemClock(String how) {
        return Result.reject(
                ErrorCode.INVALID_PARAMETER,
                "the simulator runs on the system clock, which cannot be " + how + ": start it with --clock virtual");
    }
}
