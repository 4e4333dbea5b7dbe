package dev.bsa.sim.adapter.out.totp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import dev.bsa.domain.testing.HmacTotpCodeGenerator;
import dev.bsa.domain.testing.contract.TotpCodeGeneratorContract;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JavaOtpTotpCodeGeneratorTest extends TotpCodeGeneratorContract {

    private final JavaOtpTotpCodeGenerator generator = new JavaOtpTotpCodeGenerator();

    @Override
    protected TotpCodeGenerator generator() {
        return generator;
    }

    @Test
    void defaultRules_giveSixDigitCodesOfSixtySecondSteps() {
        // Step 1 of 60 s holds the same counter as RFC time 59 s with 30 s steps: 94287082 mod 10^6.
        TotpRules rules = TotpRules.defaults();

        assertThat(generator.generate(SEED_20, Instant.ofEpochSecond(60), rules))
                .isEqualTo("287082");
        assertThat(generator.generate(SEED_20, Instant.ofEpochSecond(119), rules))
                .isEqualTo("287082");
        assertThat(generator.generate(SEED_20, Instant.ofEpochSecond(120), rules))
                .isNotEqualTo("287082");
    }

    @Test
    void leadingZeros_areKept() {
        // Counter 37037036 is RFC time 1111111109 s with 30 s steps (07081804); with 60 s steps it starts at 2222222160
        // s.
        String code = generator.generate(SEED_20, Instant.ofEpochSecond(2_222_222_160L), TotpRules.defaults());

        assertThat(code).isEqualTo("081804").hasSize(6);
    }

    @Test
    void aHindiDefaultLocale_stillYieldsAsciiDigits() {
        Locale original = Locale.getDefault();
        Locale hindi = Locale.forLanguageTag("hi-IN-u-nu-deva");
        try {
            Locale.setDefault(hindi);
            assertThat(String.format("%d", 7))
                    .as("the locale really prints Devanagari digits")
                    .isEqualTo("\u096D");

            String code = generator.generate(
                    SEED_20,
                    Instant.ofEpochSecond(59),
                    new TotpRules(TotpAlgorithm.SHA1, 8, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC));

            assertThat(code).isEqualTo("94287082").matches("[0-9]{8}");
        } finally {
            Locale.setDefault(original);
        }
    }

    @ParameterizedTest
    @EnumSource(TotpAlgorithm.class)
    void agreesWithAPlainHmacImplementation_forEveryLengthAndSeveralSteps(TotpAlgorithm algorithm) {
        HmacTotpCodeGenerator reference = new HmacTotpCodeGenerator();
        for (int digits = 6; digits <= 8; digits++) {
            for (int stepSeconds : new int[] {1, 30, 60, 600}) {
                TotpRules rules =
                        new TotpRules(algorithm, digits, Duration.ofSeconds(stepSeconds), 1, 5, ZoneOffset.UTC);
                for (long t = 1_700_000_000L; t < 1_700_000_000L + 3_600; t += 137) {
                    Instant instant = Instant.ofEpochSecond(t, 999_000_000);
                    assertThat(generator.generate(SEED_20, instant, rules))
                            .isEqualTo(reference.generate(SEED_20, instant, rules));
                }
            }
        }
    }

    @Test
    void oneGenerator_isSafeToShareBetweenThreads() throws Exception {
        TotpRules rules = TotpRules.defaults();
        HmacTotpCodeGenerator reference = new HmacTotpCodeGenerator();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var futures = IntStream.range(0, 2_000)
                    .mapToObj(i -> pool.submit(() -> {
                        Instant instant = Instant.ofEpochSecond(1_700_000_000L + i * 60L);
                        return generator
                                .generate(SEED_20, instant, rules)
                                .equals(reference.generate(SEED_20, instant, rules));
                    }))
                    .toList();
            for (Future<Boolean> future : futures) {
                assertThat(future.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
