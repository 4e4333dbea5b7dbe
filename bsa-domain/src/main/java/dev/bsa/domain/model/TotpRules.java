package dev.bsa.domain.model;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The rules of TOTP login (RFC 6238).
 *
 * @param algorithm  the HMAC algorithm (the app uses SHA1)
 * @param digits     code length, 6 to 8
 * @param step       the time step (the app uses 60 s), 1 s to 10 min
 * @param window     how many steps either side of the current one are accepted, 0 to 10
 * @param dailyLimit attempts per user per calendar day that may reach code verification, at least 1
 * @param dayZone    the zone whose calendar day the limit counts in
 */
public record TotpRules(
        TotpAlgorithm algorithm, int digits, Duration step, int window, int dailyLimit, ZoneId dayZone) {

    public TotpRules {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(dayZone, "dayZone");
        Ranges.require("totp.digits", digits, 6, 8);
        Ranges.require("totp.step", step, Duration.ofSeconds(1), Duration.ofMinutes(10));
        if (step.getNano() != 0) {
            throw new IllegalArgumentException("totp.step must be a whole number of seconds");
        }
        Ranges.require("totp.window", window, 0, 10);
        Ranges.require("totp.dailyLimit", dailyLimit, 1, 1_000_000);
    }

    /** SHA1, 6 digits, 60 s step, one step either side, 5 attempts a day, days in UTC. */
    public static TotpRules defaults() {
        return new TotpRules(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(60), 1, 5, ZoneOffset.UTC);
    }

    /** These rules with another daily limit. */
    public TotpRules withDailyLimit(int limit) {
        return new TotpRules(algorithm, digits, step, window, limit, dayZone);
    }

    /** These rules with another day zone. */
    public TotpRules withDayZone(ZoneId zone) {
        return new TotpRules(algorithm, digits, step, window, dailyLimit, zone);
    }

    /** These rules with another window. */
    public TotpRules withWindow(int steps) {
        return new TotpRules(algorithm, digits, step, steps, dailyLimit, dayZone);
    }
}
