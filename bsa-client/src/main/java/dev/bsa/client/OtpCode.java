package dev.bsa.client;

import java.time.Instant;

/**
 * A one-time code the BSA app shows for OTP login: single use, bound to the phone's user.
 *
 * @param code             the digits to type on the website
 * @param expiresAt        when it stops being valid
 * @param remainingSeconds whole seconds left when issued
 */
public record OtpCode(String code, Instant expiresAt, long remainingSeconds) {}
