package dev.bsa.sim.application.port.out;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import java.time.Instant;

/** The simulator's clock as the control plane sees it: the system clock, or a virtual one that only moves when told. */
public interface ClockControl {

    /** True for a virtual clock. */
    boolean isVirtual();

    /** The current instant. */
    Instant now();

    /** Moves a virtual clock forward by {@code millis}; 2002 for the system clock or a negative amount. */
    Result<Done> advance(long millis);

    /**
     * Puts a virtual clock back to the instant it started at; 2002 for the system clock. Only for a
     * state that has just been reset: sessions and codes stored at later instants would look as if
     * they came from the future.
     */
    Result<Done> rewind();
}
