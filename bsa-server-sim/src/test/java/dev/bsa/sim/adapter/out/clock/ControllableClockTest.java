package dev.bsa.sim.adapter.out.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ControllableClockTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void systemClock_followsTheSystemClockInUtcToTheMillisecond() {
        ControllableClock clock = ControllableClock.system();

        Instant before = Instant.now();
        Instant read = clock.instant();
        Instant after = Instant.now();

        assertThat(clock.isVirtual()).isFalse();
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(read).isBetween(before.truncatedTo(ChronoUnit.MILLIS), after);
        assertThat(read.getNano() % 1_000_000).isZero();
        assertThat(clock.now()).isAfterOrEqualTo(read);
    }

    @Test
    void virtualClock_standsStillUntilAdvanced() throws InterruptedException {
        ControllableClock clock = ControllableClock.virtual(START);

        Thread.sleep(5);

        assertThat(clock.isVirtual()).isTrue();
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.now()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void virtualClock_movesByExactlyTheAdvancedAmount() {
        ControllableClock clock = ControllableClock.virtual(START);

        assertThat(clock.advance(Duration.ofSeconds(61))).isEqualTo(START.plusSeconds(61));
        assertThat(clock.advance(Duration.ZERO)).isEqualTo(START.plusSeconds(61));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(61));
    }

    @Test
    void virtualClock_setBackToItsStart_movesAnotherZonesCopyToo() {
        ControllableClock clock = ControllableClock.virtual(START);
        Clock seoul = clock.withZone(ZoneId.of("Asia/Seoul"));
        clock.advance(Duration.ofDays(3));

        ((ControllableClock) seoul).set(((ControllableClock) seoul).start());

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(seoul.instant()).isEqualTo(START);
    }

    @Test
    void virtualClock_losesNoAdvanceUnderConcurrency() throws InterruptedException {
        ControllableClock clock = ControllableClock.virtual(START);
        ExecutorService pool = Executors.newFixedThreadPool(8);

        IntStream.range(0, 1_000).forEach(i -> pool.submit(() -> clock.advance(Duration.ofMillis(7))));
        pool.shutdown();

        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(clock.instant()).isEqualTo(START.plusMillis(7_000));
    }

    @Test
    void withZone_keepsTheInstantAndMovesWithTheOriginal() {
        ControllableClock clock = ControllableClock.virtual(START);
        ZoneId seoul = ZoneId.of("Asia/Seoul");

        Clock inSeoul = clock.withZone(seoul);
        clock.advance(Duration.ofSeconds(1));

        assertThat(inSeoul.getZone()).isEqualTo(seoul);
        assertThat(inSeoul.instant()).isEqualTo(START.plusSeconds(1));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        ((ControllableClock) inSeoul).advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void systemClock_cannotBeMovedAtAll() {
        ControllableClock clock = ControllableClock.system();

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.set(START)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void systemClock_inAnotherZone_staysTheSystemClock() {
        Clock inSeoul = ControllableClock.system().withZone(ZoneId.of("Asia/Seoul"));

        assertThat(((ControllableClock) inSeoul).isVirtual()).isFalse();
        assertThat(Duration.between(Instant.now(), inSeoul.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
