package dev.bsa.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time code the BSA app shows for OTP login: single use, bound to the user who generated it,
 * valid until {@code expiresAt}.
 *
 * @param code      the digits
 * @param user      the user the code logs in
 * @param issuedAt  when the app generated it
 * @param expiresAt the first instant at which it is no longer accepted
 */
public record AppOtpCode(String code, UserKey user, Instant issuedAt, Instant expiresAt) {

    public AppOtpCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True while the code may still be used. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
