package dev.bsa.client;

import java.time.Instant;

/**
 * The simulator's clock after an advance.
 *
 * @param now     the new current instant
 * @param expired how many logins timed out (5001) on the way
 */
public record ClockAdvance(Instant now, int expired) {}
