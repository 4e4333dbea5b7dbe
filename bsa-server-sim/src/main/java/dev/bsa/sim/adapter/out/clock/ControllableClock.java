package dev.bsa.sim.adapter.out.clock;

import dev.bsa.sim.application.port.out.ClockControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's only source of "now": the system UTC clock ticking in milliseconds, or a virtual
 * clock that starts at a chosen instant and moves only when {@link #advance(long) advanced}.
 */
public final class ControllableClock extends Clock implements ClockControl {

    private final Clock system;
    private final AtomicReference<Instant> virtualNow;
    private final Instant virtualStart;
    private final ZoneId zone;

    private ControllableClock(Clock system, AtomicReference<Instant> virtualNow, Instant virtualStart, ZoneId zone) {
        this.system = system;
        this.virtualNow = virtualNow;
        this.virtualStart = virtualStart;
        this.zone = zone;
    }

    /** A clock that follows the system clock in UTC, to the millisecond. */
    public static ControllableClock system() {
        return new ControllableClock(Clock.tickMillis(ZoneOffset.UTC), null, null, ZoneOffset.UTC);
    }

    /** A virtual clock in UTC that reads {@code start} until advanced. */
    public static ControllableClock virtual(Instant start) {
        Objects.requireNonNull(start, "start");
        return new ControllableClock(null, new AtomicReference<>(start), start, ZoneOffset.UTC);
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
        return new ControllableClock(isVirtual() ? null : system.withZone(newZone), virtualNow, virtualStart, newZone);
    }

    @Override
    public Instant start() {
        requireVirtual();
        return virtualStart;
    }

    @Override
    public Instant advance(Duration amount) {
        requireVirtual();
        return virtualNow.updateAndGet(current -> current.plus(amount));
    }

    @Override
    public void set(Instant instant) {
        requireVirtual();
        virtualNow.set(Objects.requireNonNull(instant, "instant"));
    }

    private void requireVirtual() {
        if (!isVirtual()) {
            throw new IllegalStateException("the system clock cannot be moved");
        }
    }

    @Override
    public String toString() {
        return isVirtual()
                ? "ControllableClock[virtual " + instant() + ", " + zone + "]"
                : "ControllableClock[system, " + zone + "]";
    }
}
