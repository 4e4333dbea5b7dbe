package dev.bsa.client;

import java.util.List;

/**
 * One entry of the simulator's outcome catalogue.
 *
 * @param outcome    the outcome
 * @param code       its code (absent for an approval)
 * @param flows      the login methods it can end (PUSH, OTP, TOTP, QR)
 * @param namesUser  whether arranging it names a user
 * @param userSees   what the user sees
 * @param siteShould what the website should do
 */
public record OutcomeEntry(
        Outcome outcome, Integer code, List<String> flows, boolean namesUser, String userSees, String siteShould) {}
