package dev.bsa.sim.adapter.out.clock;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.sim.application.port.out.ClockControl;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's only source of "now": the system UTC clock ticking in milliseconds, or a virtual
 * clock that starts at a chosen instant and moves only when {@link #advance(long) advanced}.
 */
public final class SimulatorClock extends Clock implements ClockControl {

    /** The largest single step a virtual clock accepts. */
    public static final Duration MAX_ADVANCE = ChronoUnit.YEARS.getDuration().multipliedBy(10);

    private final Clock system;
    private final AtomicReference<Instant> virtualNow;
    private final Instant virtualStart;
    private final ZoneId zone;

    private SimulatorClock(Clock system, AtomicReference<Instant> virtualNow, Instant virtualStart, ZoneId zone) {
        this.system = system;
        this.virtualNow = virtualNow;
        this.virtualStart = virtualStart;
        this.zone = zone;
    }

    /** A clock that follows the system clock in UTC, to the millisecond. */
    public static SimulatorClock system() {
        return new SimulatorClock(Clock.tickMillis(ZoneOffset.UTC), null, null, ZoneOffset.UTC);
    }

    /** A virtual clock in UTC that reads {@code start} until advanced. */
    public static SimulatorClock virtual(Instant start) {
        Objects.requireNonNull(start, "start");
        return new SimulatorClock(null, new AtomicReference<>(start), start, ZoneOffset.UTC);
    }

    @Override
    public boolean isVirtual() {
        return virtualNow != null;
    }

    @Override
    public Instant now() {
        return instant();
    }

    @Override
    public Instant instant() {
        return isVirtual() ? virtualNow.get() : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same time source seen in another zone; a virtual clock's copies move together. */
    @Override
    public Clock withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "zone");
        if (newZone.equals(zone)) {
            return this;
        }
        return new SimulatorClock(isVirtual() ? null : system.withZone(newZone), virtualNow, virtualStart, newZone);
    }

    @Override
    public Result<Done> advance(long millis) {
        if (!isVirtual()) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER, "the clock follows the system clock and cannot be advanced");
        }
        if (millis < 0) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "millis must not be negative, was " + millis);
        }
        if (millis > MAX_ADVANCE.toMillis()) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER,
                    "millis must be at most " + MAX_ADVANCE.toMillis() + " (10 years), was " + millis);
        }
        try {
            virtualNow.updateAndGet(current -> current.plusMillis(millis));
            return Result.done();
        } catch (DateTimeException | ArithmeticException e) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, "advancing by " + millis + " ms passes the last instant");
        }
    }

    @Override
    public Result<Done> rewind() {
        if (!isVirtual()) {
            return Result.reject(
                    ErrorCode.INVALID_PARAMETER, "the clock follows the system clock and cannot be rewound");
        }
        virtualNow.set(virtualStart);
        return Result.done();
    }

    @Override
    public String toString() {
        return isVirtual()
                ? "SimulatorClock[virtual " + instant() + ", " + zone + "]"
                : "SimulatorClock[system, " + zone + "]";
    }
}
