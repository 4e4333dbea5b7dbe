package dev.bsa.sim.adapter.out.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecureRandomKeySourceTest {

    private static final int DRAWS = 10_000;

    private final SecureRandomKeySource source = new SecureRandomKeySource();

    @Test
    void keys_are32LowerCaseHexDigits() {
        assertThat(source.newSessionId().value()).matches("[0-9a-f]{32}");
        assertThat(source.newChannelKey().value()).matches("[0-9a-f]{32}");
        assertThat(source.newQrId().value()).matches("[0-9a-f]{32}");
    }

    @Test
    void keys_neverRepeatOverManyDraws() {
        assertThat(distinct(() -> source.newSessionId().value())).hasSize(DRAWS);
        assertThat(distinct(() -> source.newChannelKey().value())).hasSize(DRAWS);
        assertThat(distinct(() -> source.newQrId().value())).hasSize(DRAWS);
    }

    @Test
    void keys_useEveryHexDigit() {
        Set<Character> seen = new HashSet<>();
        IntStream.range(0, 100)
                .forEach(i -> source.newChannelKey().value().chars().forEach(c -> seen.add((char) c)));
        assertThat(seen).hasSize(16);
    }

    @Test
    void digits_haveTheRequestedLengthAndOnlyAsciiDigits() {
        assertThat(source.newDigits(6)).matches("[0-9]{6}");
        assertThat(source.newDigits(1)).matches("[0-9]");
        assertThat(source.newDigits(0)).isEmpty();
    }

    @Test
    void digits_areSpreadEvenlyOverZeroToNine() {
        int[] counts = new int[10];
        int total = 200_000;
        IntStream.range(0, total / 1000)
                .forEach(i -> source.newDigits(1000).chars().forEach(c -> counts[c - '0']++));
        // Chi-square with 9 degrees of freedom; 27.88 is the 0.999 quantile, so a fair source fails 1 run in 1000.
        double expected = total / 10.0;
        double chiSquare = IntStream.of(counts)
                .mapToDouble(n -> (n - expected) * (n - expected) / expected)
                .sum();
        assertThat(chiSquare).isLessThan(27.88);
    }

    @Test
    void sixDigitCodes_startWithZeroAboutOneTimeInTen() {
        long leadingZeros = IntStream.range(0, 20_000)
                .filter(i -> source.newDigits(6).charAt(0) == '0')
                .count();
        assertThat(leadingZeros).isBetween(1_600L, 2_400L);
    }

    @Test
    void nextBytes_givesTheRequestedCountAndDiffersBetweenCalls() {
        assertThat(source.nextBytes(32)).hasSize(32).isNotEqualTo(source.nextBytes(32));
        assertThat(source.nextBytes(0)).isEmpty();
    }

    @Test
    void negativeOrAbsurdCounts_areProgrammingErrors() {
        assertThatThrownBy(() -> source.nextBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.newDigits(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.nextBytes(SecureRandomKeySource.MAX_COUNT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> distinct(Supplier<String> draw) {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < DRAWS; i++) {
            values.add(draw.get());
        }
        return values;
    }
}
