package dev.bsa.sim.adapter.in.http;

import java.time.Instant;
import java.util.List;

/**
 * The JSON bodies the API accepts, one record per kind, bound by the wire's strict mapper ({@link WireJson}).
 * A field left out is {@code null} here and means what the route documents (usually "keep" or "not given");
 * an explicit {@code null}, an unknown field or a value of the wrong type never gets this far (2002).
 */
final class RequestBodies {

    private RequestBodies() {}

    /** No fields at all: routes that take no data accept an empty body or {@code {}}. */
    record Empty() {}

    /** {@code POST /auth/push} and {@code /auth/push/cancel}. */
    record UserKeyBody(String userKey) {}

    /** {@code POST /auth/otp}: the code the user typed. */
    record OtpBody(String code) {}

    /** {@code POST /auth/totp}. */
    record TotpBody(String userKey, String totpCode) {}

    /** {@code POST /tokens/refresh}. */
    record RefreshBody(String refreshToken) {}

    /** {@code POST /tokens/verify}. */
    record VerifyBody(String accessToken) {}

    /** {@code POST /device/qr/scan}: what the camera read. */
    record ScanBody(String qrPayload) {}

    /** {@code PUT /admin/clients/{clientKey}}. */
    record ClientBody(String name, List<String> loginTypes) {}

    /** {@code PUT /admin/users/{userKey}}: fields left out keep the user's values. */
    record UserBody(String status, Boolean deviceRegistered, String totpSecret) {}

    /** {@code PUT /admin/users/{userKey}/phone}. */
    record PhoneBody(String mode, Long delayMillis) {}

    /** {@code PUT /admin/faults}: kinds left out keep what is queued. */
    record FaultsBody(Integer channel, Integer push, Integer node, Integer server, Integer clientKey) {}

    /** {@code PUT /admin/settings}: fields left out keep their values. */
    record SettingsBody(Long authDeadlineSeconds, AppOtpBody appOtp, TotpRulesBody totp) {}

    /** The app OTP part of {@link SettingsBody}. */
    record AppOtpBody(Integer digits, Long validitySeconds) {}

    /** The TOTP part of {@link SettingsBody}. */
    record TotpRulesBody(
            String algorithm, Integer digits, Long stepSeconds, Integer window, Integer dailyLimit, String dayZone) {}

    /** {@code POST /admin/clock/advance}: exactly one of the two. */
    record AdvanceBody(Long millis, Long seconds) {}

    /** {@code PUT /admin/clock}: the instant the virtual clock is set to. */
    record ClockBody(Instant instant) {}
}
