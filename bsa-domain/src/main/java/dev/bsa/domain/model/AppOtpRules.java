package dev.bsa.domain.model;

import java.time.Duration;

/**
 * The rules of the one-time codes the app issues for OTP login.
 *
 * @param digits   how many digits a code has (4 to 10; the service uses 6)
 * @param validity how long a code stays usable (1 s to 1 h; the service uses 60 s)
 */
public record AppOtpRules(int digits, Duration validity) {

    public AppOtpRules {
        Ranges.require("appOtp.digits", digits, 4, 10);
        Ranges.require("appOtp.validity", validity, Duration.ofSeconds(1), Duration.ofHours(1));
    }

    /** Six digits, valid 60 seconds. */
    public static AppOtpRules defaults() {
        return new AppOtpRules(6, Duration.ofSeconds(60));
    }
}
