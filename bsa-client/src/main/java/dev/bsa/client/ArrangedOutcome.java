package dev.bsa.client;

/**
 * What the simulator arranged for the next login.
 *
 * @param outcome the outcome
 * @param code    the code the login will end with (absent for an approval)
 * @param userKey the user it concerns, or null for the next login of anyone
 * @param how     what the simulator did or will do, in a sentence
 */
public record ArrangedOutcome(Outcome outcome, Integer code, String userKey, String how) {}
