package dev.bsa.sim.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's clock as the control plane moves it: the system clock, or a virtual one that only moves when
 * told. The moves are raw; the rules (how far, which instants) are the clock use case's.
 */
public interface ClockControl {

    /** True for a virtual clock. */
    boolean isVirtual();

    /** The current instant. */
    Instant now();

    /** The instant a virtual clock started at. */
    Instant start();

    /** Moves a virtual clock by {@code amount} (atomically) and returns the new instant; the system clock refuses. */
    Instant advance(Duration amount);

    /** Sets a virtual clock to {@code instant}; the system clock refuses. */
    void set(Instant instant);
}
