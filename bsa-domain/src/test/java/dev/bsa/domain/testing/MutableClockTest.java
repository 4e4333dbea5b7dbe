package dev.bsa.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void givenNewClock_instant_standsStillInUtc() {
        MutableClock clock = MutableClock.at(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void givenClock_advanceAndSet_moveIt() {
        MutableClock clock = MutableClock.at(T0);

        assertThat(clock.advance(Duration.ofMillis(1500))).isEqualTo(T0.plusMillis(1500));
        assertThat(clock.instant()).isEqualTo(T0.plusMillis(1500));

        clock.set(T0.minusSeconds(10));
        assertThat(clock.instant()).isEqualTo(T0.minusSeconds(10));
    }

    @Test
    void givenClockInAnotherZone_withZone_sharesTheInstant() {
        MutableClock utc = MutableClock.at(T0);
        MutableClock seoul = utc.withZone(ZoneId.of("Asia/Seoul"));

        utc.advance(Duration.ofSeconds(5));

        assertThat(seoul.instant()).isEqualTo(T0.plusSeconds(5));
        assertThat(seoul.getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(MutableClock.at(T0, ZoneId.of("Asia/Seoul")).getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void givenManyThreadsAdvancing_advance_losesNoStep() {
        MutableClock clock = MutableClock.at(T0);

        Concurrently.run(20, thread -> clock.advance(Duration.ofSeconds(1)));

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(20));
    }
}
