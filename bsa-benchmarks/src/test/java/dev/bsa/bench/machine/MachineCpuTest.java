package dev.bsa.bench.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void ofTenSecondsOfProcessorTime_sixBusyOfWhichTwoOwn_othersUsedFortyPercent() {
        MachineCpu.Reading before = new MachineCpu.Reading(1_000, 5_000);
        MachineCpu.Reading after = new MachineCpu.Reading(7_000, 15_000);

        assertThat(before.busyShareUntil(after)).isCloseTo(0.6, within(1e-9));
        assertThat(before.othersShareUntil(after, 2_000)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void ownTimeAboveTheBusyTime_othersShare_isZeroNotNegative() {
        assertThat(new MachineCpu.Reading(0, 0).othersShareUntil(new MachineCpu.Reading(100, 1_000), 500))
                .isZero();
    }
}
