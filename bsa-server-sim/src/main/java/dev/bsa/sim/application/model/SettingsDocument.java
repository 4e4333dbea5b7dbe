package dev.bsa.sim.application.model;

import dev.bsa.domain.model.AppOtpRules;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@link Settings} as written in seed files and the admin API: plain numbers in seconds, every
 * field optional. {@link #applyTo(Settings)} fills what is given over a base; out-of-range values
 * give an {@link IllegalArgumentException} naming the field.
 *
 * @param authDeadlineSeconds the authentication deadline
 * @param appOtp              app OTP code rules
 * @param totp                TOTP rules
 */
public record SettingsDocument(Long authDeadlineSeconds, AppOtp appOtp, Totp totp) {

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
     * @param dayZone     the zone of the calendar day, e.g. {@code UTC} or {@code Asia/Seoul}
     */
    public record Totp(
            String algorithm, Integer digits, Long stepSeconds, Integer window, Integer dailyLimit, String dayZone) {}

    /** The document describing {@code settings} in full. */
    public static SettingsDocument of(Settings settings) {
        TotpRules totp = settings.totp();
        return new SettingsDocument(
                settings.authDeadline().getSeconds(),
                new AppOtp(
                        settings.appOtp().digits(), settings.appOtp().validity().getSeconds()),
                new Totp(
                        totp.algorithm().name(),
                        totp.digits(),
                        totp.step().getSeconds(),
                        totp.window(),
                        totp.dailyLimit(),
                        totp.dayZone().getId()));
    }

    /** {@code base} with every field this document gives replaced. */
    public Settings applyTo(Settings base) {
        Settings result = base;
        if (authDeadlineSeconds != null) {
            result = result.withAuthDeadline(Duration.ofSeconds(authDeadlineSeconds));
        }
        if (appOtp != null) {
            AppOtpRules rules = result.appOtp();
            result = result.withAppOtp(new AppOtpRules(
                    Optional.ofNullable(appOtp.digits()).orElse(rules.digits()),
                    Optional.ofNullable(appOtp.validitySeconds())
                            .map(Duration::ofSeconds)
                            .orElse(rules.validity())));
        }
        if (totp != null) {
            result = result.withTotp(totpRules(result.totp()));
        }
        return result;
    }

    private TotpRules totpRules(TotpRules rules) {
        return new TotpRules(
                Optional.ofNullable(totp.algorithm())
                        .map(SettingsDocument::algorithm)
                        .orElse(rules.algorithm()),
                Optional.ofNullable(totp.digits()).orElse(rules.digits()),
                Optional.ofNullable(totp.stepSeconds()).map(Duration::ofSeconds).orElse(rules.step()),
                Optional.ofNullable(totp.window()).orElse(rules.window()),
                Optional.ofNullable(totp.dailyLimit()).orElse(rules.dailyLimit()),
                Optional.ofNullable(totp.dayZone()).map(SettingsDocument::zone).orElse(rules.dayZone()));
    }

    private static TotpAlgorithm algorithm(String name) {
        try {
            return TotpAlgorithm.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("totp.algorithm must be SHA1, SHA256 or SHA512", unknown);
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            throw new IllegalArgumentException("totp.dayZone is not a known time zone: " + id, unknown);
        }
    }
}
