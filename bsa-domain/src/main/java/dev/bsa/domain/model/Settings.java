package dev.bsa.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Every number the rules use, changeable at run time through the simulator's control plane.
 *
 * @param authDeadline how long a push, OTP or QR session may stay live after {@code RequestAuth}
 * @param appOtp       the rules of codes the app issues for OTP login
 * @param totp         the rules of TOTP login
 */
public record Settings(Duration authDeadline, AppOtpRules appOtp, TotpRules totp) {

    /** The shortest and longest deadline accepted. */
    public static final Duration MIN_DEADLINE = Duration.ofSeconds(1);

    public static final Duration MAX_DEADLINE = Duration.ofHours(1);

    public Settings {
        Objects.requireNonNull(appOtp, "appOtp");
        Objects.requireNonNull(totp, "totp");
        Ranges.require("authDeadline", authDeadline, MIN_DEADLINE, MAX_DEADLINE);
    }

    /** The service's defaults: 60 s deadline, 6-digit app codes valid 60 s, TOTP as {@link TotpRules#defaults()}. */
    public static Settings defaults() {
        return new Settings(Duration.ofSeconds(60), AppOtpRules.defaults(), TotpRules.defaults());
    }

    /** These settings with another deadline. */
    public Settings withAuthDeadline(Duration deadline) {
        return new Settings(deadline, appOtp, totp);
    }

    /** These settings with other app OTP rules. */
    public Settings withAppOtp(AppOtpRules rules) {
        return new Settings(authDeadline, rules, totp);
    }

    /** These settings with other TOTP rules. */
    public Settings withTotp(TotpRules rules) {
        return new Settings(authDeadline, appOtp, rules);
    }
}
