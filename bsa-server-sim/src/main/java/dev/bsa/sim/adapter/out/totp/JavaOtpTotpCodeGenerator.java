package dev.bsa.sim.adapter.out.totp;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes computed by java-otp, one thread-safe generator per algorithm, length and step. */
public final class JavaOtpTotpCodeGenerator implements TotpCodeGenerator {

    private final Map<Shape, TimeBasedOneTimePasswordGenerator> generators = new ConcurrentHashMap<>();

    @Override
    public String generate(TotpSecret secret, Instant instant, TotpRules rules) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(instant, "instant");
        Shape shape = new Shape(rules.algorithm(), rules.digits(), rules.step());
        TimeBasedOneTimePasswordGenerator generator = generators.computeIfAbsent(shape, Shape::newGenerator);
        try {
            int code = generator.generateOneTimePassword(
                    new SecretKeySpec(secret.bytes(), generator.getAlgorithm()), instant);
            return zeroPadded(code, rules.digits());
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC key of " + secret + " was refused", e);
        }
    }

    /**
     * {@code code} as exactly {@code digits} ASCII digits, leading zeros kept: what java-otp's string form gives with
     * {@code Locale.ROOT}, without a {@code String.format} per code.
     */
    static String zeroPadded(int code, int digits) {
        char[] text = new char[digits];
        int rest = code;
        for (int i = digits - 1; i >= 0; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(text);
    }

    /** What distinguishes one generator from another. */
    private record Shape(TotpAlgorithm algorithm, int digits, Duration step) {

        TimeBasedOneTimePasswordGenerator newGenerator() {
            return new TimeBasedOneTimePasswordGenerator(step, digits, algorithm.macName());
        }
    }
}
