package dev.bsa.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyLogTest {

    @Test
    void givenOneToHundredSpreadOverTwoLogs_summary_givesNearestRankPercentilesOfAll() {
        LatencyLog odd = new LatencyLog();
        LatencyLog even = new LatencyLog();
        for (long value = 100; value >= 1; value--) {
            (value % 2 == 0 ? even : odd).record(value);
        }

        LatencySummary summary = LatencyLog.summarize(List.of(odd, even));

        assertThat(summary).isEqualTo(new LatencySummary(100, 50, 95, 99, 100, 50));
    }

    @Test
    void givenMoreThanTheFirstCapacity_everyValueIsKept() {
        LatencyLog log = new LatencyLog();
        for (int i = 0; i < 10_000; i++) {
            log.record(7);
        }

        assertThat(log.count()).isEqualTo(10_000);
        assertThat(LatencyLog.summarize(List.of(log)).max()).isEqualTo(7);
    }

    @Test
    void givenNothing_summary_isNone() {
        assertThat(LatencyLog.summarize(List.of(new LatencyLog()))).isEqualTo(LatencySummary.NONE);
    }
}
