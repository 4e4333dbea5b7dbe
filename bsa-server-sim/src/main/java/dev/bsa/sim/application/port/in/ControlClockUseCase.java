package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import java.time.Duration;
import java.time.Instant;

/** The simulator's clock: read it, and move a virtual clock, expiring what falls due. */
public interface ControlClockUseCase {

    /** The largest single step forward. */
    Duration MAX_ADVANCE = Duration.ofDays(3650);

    /** The earliest instant a virtual clock can be set to. */
    Instant EARLIEST = Instant.EPOCH;

    /** The latest instant a virtual clock can be set to. */
    Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The current instant. */
    Instant now();

    /** True when the clock is virtual (only moves when told to). */
    boolean isVirtual();

    /**
     * Advances a virtual clock and times out every session that falls due; returns how many did. 2002 for the
     * system clock or a bad amount.
     */
    Result<Integer> advance(long millis);

    /**
     * Sets a virtual clock to {@code instant}, forward or back, and times out every session that falls due;
     * returns how many did. 2002 for the system clock or an instant out of range.
     */
    Result<Integer> setTo(Instant instant);

    /**
     * Puts a virtual clock back to its start, right after a reset (so that every test starts at the same
     * instant); 2002 for the system clock.
     */
    Result<Done> rewind();
}
