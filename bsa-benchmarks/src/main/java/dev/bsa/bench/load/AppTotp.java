package dev.bsa.bench.load;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP codes as the BSA app computes them, with java-otp directly (the library the simulator checks them with):
 * the right code for an instant, and a code that is wrong for every step of the window around it. Thread-safe.
 */
final class AppTotp {

    private final TotpRules rules;
    private final TimeBasedOneTimePasswordGenerator generator;

    AppTotp(TotpRules rules) {
        this.rules = rules;
        this.generator = new TimeBasedOneTimePasswordGenerator(
                rules.step(), rules.digits(), rules.algorithm().macName());
    }

    /** The code for {@code at}. */
    String code(TotpSecret secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret.bytes(), generator.getAlgorithm()), at, Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException("a TOTP secret was refused as a key", impossible);
        }
    }

    /** A code that none of the steps of the window around {@code at} accepts (what a wrong code costs the server: all of them). */
    String wrongCode(TotpSecret secret, Instant at) {
        Set<String> right = new HashSet<>();
        for (int offset = -rules.window(); offset <= rules.window(); offset++) {
            right.add(code(secret, at.plus(rules.step().multipliedBy(offset))));
        }
        for (int digit = 0; ; digit++) {
            String candidate = String.valueOf(digit % 10).repeat(rules.digits());
            if (!right.contains(candidate)) {
                return candidate;
            }
        }
    }
}
