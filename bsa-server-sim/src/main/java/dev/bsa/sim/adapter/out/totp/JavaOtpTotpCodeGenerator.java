package dev.bsa.sim.adapter.out.totp;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
            // java-otp formats with the default locale unless told otherwise; ROOT keeps the digits ASCII.
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret.bytes(), generator.getAlgorithm()), instant, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC key of " + secret + " was refused", e);
        }
    }

    /** What distinguishes one generator from another. */
    private record Shape(TotpAlgorithm algorithm, int digits, Duration step) {

        TimeBasedOneTimePasswordGenerator newGenerator() {
            return new TimeBasedOneTimePasswordGenerator(step, digits, algorithm.macName());
        }
    }
}
