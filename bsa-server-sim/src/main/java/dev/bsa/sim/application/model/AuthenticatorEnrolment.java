package dev.bsa.sim.application.model;

import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserKey;

/**
 * What an authenticator app needs to produce the user's TOTP codes: the secret and the
 * {@code otpauth://} URI (Key Uri Format) with algorithm, digits and period written explicitly.
 *
 * @param otpauthUri the enrolment URI, e.g. for a QR code
 * @param secret     the secret in Base32
 * @param algorithm  SHA1, SHA256 or SHA512
 * @param digits     code length
 * @param period     step in seconds
 */
public record AuthenticatorEnrolment(String otpauthUri, String secret, String algorithm, int digits, long period) {

    /** The enrolment of {@code user} with {@code secret} under {@code rules}, labelled with {@code issuer}. */
    public static AuthenticatorEnrolment of(String issuer, UserKey user, TotpSecret secret, TotpRules rules) {
        return new AuthenticatorEnrolment(
                OtpAuthUri.of(issuer, user.value(), secret, rules),
                Base32.encode(secret.bytes()),
                rules.algorithm().name(),
                rules.digits(),
                rules.step().getSeconds());
    }
}
