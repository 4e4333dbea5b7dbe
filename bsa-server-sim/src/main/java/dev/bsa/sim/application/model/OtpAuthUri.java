package dev.bsa.sim.application.model;

import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code otpauth://totp/...} enrolment URI authenticator apps read from a QR code (Key URI
 * format); algorithm, digits and period are always written, since the format's default period is 30 s.
 */
public final class OtpAuthUri {

    private OtpAuthUri() {}

    /**
     * The enrolment URI, e.g.
     * {@code otpauth://totp/BSA:alice?secret=JBSW...&issuer=BSA&algorithm=SHA1&digits=6&period=60}.
     *
     * @param issuer  the service name shown in the app
     * @param account the account name shown in the app (the user key)
     * @param secret  the shared secret
     * @param rules   the algorithm, digits and step the server verifies with
     * @return the URI as text, with the label parts and the issuer percent-encoded
     */
    public static String of(String issuer, String account, TotpSecret secret, TotpRules rules) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(rules, "rules");
        requireText(issuer, "issuer");
        requireText(account, "account");
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account)
                + "?secret=" + Base32.encode(secret.bytes())
                + "&issuer=" + encode(issuer)
                + "&algorithm=" + rules.algorithm().name()
                + "&digits=" + rules.digits()
                + "&period=" + rules.step().getSeconds();
    }

    /** Percent-encodes for both the path and the query; spaces become {@code %20}, never {@code +}. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
