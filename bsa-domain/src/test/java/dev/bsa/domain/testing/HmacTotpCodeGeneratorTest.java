package dev.bsa.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link HmacTotpCodeGenerator} against the test vectors of RFC 6238, Appendix B, and the rules' digits and step. */
class HmacTotpCodeGeneratorTest {

    private static final String SEED_20 = "12345678901234567890";
    private static final String SEED_32 = "12345678901234567890123456789012";
    private static final String SEED_64 = "1234567890".repeat(6) + "1234";

    private final HmacTotpCodeGenerator generator = new HmacTotpCodeGenerator();

    private static TotpRules rfcRules(TotpAlgorithm algorithm) {
        return new TotpRules(algorithm, 8, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC);
    }

    private static TotpSecret seedFor(TotpAlgorithm algorithm) {
        String seed = switch (algorithm) {
            case SHA1 -> SEED_20;
            case SHA256 -> SEED_32;
            case SHA512 -> SEED_64;
        };
        return TotpSecret.of(seed.getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "T={0}s {1} -> {2}")
    @CsvSource({
        "59,          SHA1,   94287082",
        "59,          SHA256, 46119246",
        "59,          SHA512, 90693936",
        "1111111109,  SHA1,   07081804",
        "1111111109,  SHA256, 68084774",
        "1111111109,  SHA512, 25091201",
        "1111111111,  SHA1,   14050471",
        "1111111111,  SHA256, 67062674",
        "1111111111,  SHA512, 99943326",
        "1234567890,  SHA1,   89005924",
        "1234567890,  SHA256, 91819424",
        "1234567890,  SHA512, 93441116",
        "2000000000,  SHA1,   69279037",
        "2000000000,  SHA256, 90698825",
        "2000000000,  SHA512, 38618901",
        "20000000000, SHA1,   65353130",
        "20000000000, SHA256, 77737706",
        "20000000000, SHA512, 47863826",
    })
    void givenRfc6238AppendixBVector_generate_givesTheRfcCode(long epochSeconds, TotpAlgorithm algorithm, String expected) {
        String code = generator.generate(seedFor(algorithm), Instant.ofEpochSecond(epochSeconds), rfcRules(algorithm));

        assertThat(code).isEqualTo(expected);
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
