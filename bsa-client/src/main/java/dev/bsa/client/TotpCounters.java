package dev.bsa.client;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user's TOTP counters.
 *
 * @param attemptsToday    attempts counted on {@code day}
 * @param dailyLimit       attempts allowed per day (the next one gets 5026)
 * @param day              the calendar day in the configured zone
 * @param lastAcceptedStep the start of the last accepted step (replay guard), or null
 */
public record TotpCounters(int attemptsToday, int dailyLimit, LocalDate day, Instant lastAcceptedStep) {}
