package dev.bsa.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import dev.bsa.domain.testing.contract.TotpCodeGeneratorContract;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link HmacTotpCodeGenerator} against the test vectors of RFC 6238, Appendix B, and the rules' digits and step. */
class HmacTotpCodeGeneratorTest extends TotpCodeGeneratorContract {

    private final HmacTotpCodeGenerator generator = new HmacTotpCodeGenerator();

    @Override
    protected TotpCodeGenerator generator() {
        return generator;
    }

    @Test
    void givenSixDigitRules_generate_keepsTheLastSixDigitsOfTheEightDigitCode() {
        TotpRules sixDigits = new TotpRules(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC);

        assertThat(generator.generate(seedFor(TotpAlgorithm.SHA1), Instant.ofEpochSecond(1111111109), sixDigits))
                .isEqualTo("081804");
    }

    @Test
    void givenSixtySecondStep_generate_givesOneCodePerMinute() {
        TotpRules rules = TotpRules.defaults();
        TotpSecret secret = seedFor(TotpAlgorithm.SHA1);
        Instant minute = Instant.parse("2026-01-15T09:00:00Z");

        String atStart = generator.generate(secret, minute, rules);

        assertThat(generator.generate(secret, minute.plusSeconds(59), rules)).isEqualTo(atStart);
        assertThat(generator.generate(secret, minute.plusSeconds(60), rules)).isNotEqualTo(atStart);
        // Counter 2 of a 30 s step is counter 1 of a 60 s step: the step really is the rules' step.
        TotpRules thirtySeconds = new TotpRules(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC);
        assertThat(generator.generate(secret, Instant.ofEpochSecond(60), rules))
                .isEqualTo(generator.generate(secret, Instant.ofEpochSecond(30), thirtySeconds));
    }
}
