package dev.bsa.client;

import java.time.Instant;

/**
 * The simulator's clock.
 *
 * @param now     the simulator's current instant
 * @param virtual true when it only moves when advanced
 */
public record SimulatorClock(Instant now, boolean virtual) {}
