package dev.bsa.client;

import java.time.Instant;

/**
 * The TOTP code the BSA app computes now (RFC 6238).
 *
 * @param code             the digits
 * @param stepStart        the start of the current time step
 * @param remainingSeconds whole seconds left in the step
 * @param stepSeconds      the length of a step
 */
public record TotpCode(String code, Instant stepStart, long remainingSeconds, long stepSeconds) {}
