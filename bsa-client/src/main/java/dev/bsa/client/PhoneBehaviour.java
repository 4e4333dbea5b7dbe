package dev.bsa.client;

/**
 * How a user's simulated phone answers, as the simulator reports and takes it.
 *
 * @param mode        what it does
 * @param delayMillis how long it waits before answering (auto modes only)
 */
public record PhoneBehaviour(PhoneMode mode, long delayMillis) {}
