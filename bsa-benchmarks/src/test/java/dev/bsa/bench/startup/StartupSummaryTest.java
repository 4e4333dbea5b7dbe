package dev.bsa.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StartupSummaryTest {

    @Test
    void givenAnEvenCount_theMedianIsTheMeanOfTheMiddleTwo_andMissingValuesAreLeftOut() {
        List<OptionalLong> values = List.of(
                OptionalLong.of(900),
                OptionalLong.empty(),
                OptionalLong.of(700),
                OptionalLong.of(1500),
                OptionalLong.of(800));

        assertThat(StartupSummary.of(values)).contains(new StartupSummary(4, 700, 850, 1500));
    }

    @Test
    void givenNothingPresent_thereIsNoSummary() {
        assertThat(StartupSummary.of(List.of(OptionalLong.empty()))).isEmpty();
    }

    @Test
    void timeBeforeTheSimulatorStarted_isTheTotalLessItsOwnAccount() {
        assertThat(new StartupSample(1200, OptionalLong.of(700), OptionalLong.empty(), OptionalDouble.empty())
                        .beforeSimulatorMillis())
                .hasValue(500);
    }
}
