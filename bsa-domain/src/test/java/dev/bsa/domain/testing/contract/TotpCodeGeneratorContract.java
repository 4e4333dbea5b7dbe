package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link TotpCodeGenerator} must do: give the codes of RFC 6238, Appendix B (8 digits,
 * 30 s step, a seed of the hash's length for each algorithm). Extend it with the generator under test.
 */
public abstract class TotpCodeGeneratorContract {

    /** The RFC's seed for SHA1, 20 bytes. */
    protected static final TotpSecret SEED_20 = ascii("12345678901234567890");
    /** The RFC's seed for SHA256, 32 bytes. */
    protected static final TotpSecret SEED_32 = ascii("12345678901234567890123456789012");
    /** The RFC's seed for SHA512, 64 bytes. */
    protected static final TotpSecret SEED_64 = ascii("1234567890".repeat(6) + "1234");

    /** The generator under test. */
    protected abstract TotpCodeGenerator generator();

    /** The RFC's seed for {@code algorithm}. */
    protected static TotpSecret seedFor(TotpAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA1 -> SEED_20;
            case SHA256 -> SEED_32;
            case SHA512 -> SEED_64;
        };
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
    void givenRfc6238AppendixBVector_generate_givesTheRfcCode(
            long epochSeconds, TotpAlgorithm algorithm, String expected) {
        TotpRules rfcRules = new TotpRules(algorithm, 8, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC);

        assertThat(generator().generate(seedFor(algorithm), Instant.ofEpochSecond(epochSeconds), rfcRules))
                .isEqualTo(expected);
    }

    private static TotpSecret ascii(String seed) {
        return TotpSecret.of(seed.getBytes(StandardCharsets.US_ASCII));
    }
}
