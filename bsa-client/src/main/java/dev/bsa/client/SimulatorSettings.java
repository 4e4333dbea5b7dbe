package dev.bsa.client;

/**
 * The simulator's settings. Read from {@link SimulationControls#settings()}; given to
 * {@link SimulationControls#changeSettings(SimulatorSettings)}, every null field is left as it is.
 *
 * @param authDeadlineSeconds the deadline of push, OTP and QR logins
 * @param appOtp              app OTP code rules
 * @param totp                TOTP rules
 */
public record SimulatorSettings(Long authDeadlineSeconds, AppOtp appOtp, Totp totp) {

    /**
     * A change of the login deadline only.
     *
     * @param seconds the new deadline
     * @return the change
     */
    public static SimulatorSettings authDeadline(long seconds) {
        return new SimulatorSettings(seconds, null, null);
    }

    /**
     * App OTP code rules.
     *
     * @param digits          code length
     * @param validitySeconds how long a code is valid
     */
    public record AppOtp(Integer digits, Long validitySeconds) {}

    /**
     * TOTP rules.
     *
     * @param algorithm   SHA1, SHA256 or SHA512
     * @param digits      code length
     * @param stepSeconds the time step
     * @param window      steps accepted either side
     * @param dailyLimit  attempts per user per day
     * @param dayZone     the zone of the calendar day, e.g. {@code UTC}
     */
    public record Totp(
            String algorithm, Integer digits, Long stepSeconds, Integer window, Integer dailyLimit, String dayZone) {}
}
