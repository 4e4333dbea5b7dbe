package dev.bsa.sim.adapter.out.clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
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

class SimulatorClockTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void systemClock_followsTheSystemClockInUtcToTheMillisecond() {
        SimulatorClock clock = SimulatorClock.system();

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
    void systemClock_refusesToBeAdvancedWith2002() {
        Result<?> result = SimulatorClock.system().advance(1_000);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(result.rejection().detail()).contains("system clock");
    }

    @Test
    void virtualClock_standsStillUntilAdvanced() throws InterruptedException {
        SimulatorClock clock = SimulatorClock.virtual(START);

        Thread.sleep(5);

        assertThat(clock.isVirtual()).isTrue();
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.now()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void virtualClock_movesByExactlyTheAdvancedAmount() {
        SimulatorClock clock = SimulatorClock.virtual(START);

        assertThat(clock.advance(61_000).isSuccess()).isTrue();
        assertThat(clock.advance(0).isSuccess()).isTrue();

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(61));
    }

    @Test
    void virtualClock_rewind_goesBackToItsStart_alsoInAnotherZonesCopy() {
        SimulatorClock clock = SimulatorClock.virtual(START);
        Clock seoul = clock.withZone(ZoneId.of("Asia/Seoul"));
        clock.advance(Duration.ofDays(3).toMillis());

        assertThat(((SimulatorClock) seoul).rewind().isSuccess()).isTrue();

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(seoul.instant()).isEqualTo(START);
    }

    @Test
    void systemClock_refusesToBeRewoundWith2002() {
        Result<?> result = SimulatorClock.system().rewind();

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
    }

    @Test
    void virtualClock_rejectsNegativeAmountsWith2002AndDoesNotMove() {
        SimulatorClock clock = SimulatorClock.virtual(START);

        Result<?> result = clock.advance(-1);

        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(result.rejection().detail()).contains("negative");
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void virtualClock_acceptsTenYearsButRejectsMoreWith2002() {
        SimulatorClock clock = SimulatorClock.virtual(START);
        long tenYears = SimulatorClock.MAX_ADVANCE.toMillis();

        assertThat(clock.advance(tenYears + 1).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(clock.advance(Long.MAX_VALUE).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(clock.instant()).isEqualTo(START);

        assertThat(clock.advance(tenYears).isSuccess()).isTrue();
        assertThat(clock.instant()).isEqualTo(START.plusMillis(tenYears));
    }

    @Test
    void virtualClock_nearTheLastInstant_rejectsInsteadOfThrowing() {
        SimulatorClock clock = SimulatorClock.virtual(Instant.MAX.minusSeconds(1));

        assertThat(clock.advance(Duration.ofDays(1).toMillis()).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(clock.instant()).isEqualTo(Instant.MAX.minusSeconds(1));
    }

    @Test
    void virtualClock_losesNoAdvanceUnderConcurrency() throws InterruptedException {
        SimulatorClock clock = SimulatorClock.virtual(START);
        ExecutorService pool = Executors.newFixedThreadPool(8);

        IntStream.range(0, 1_000).forEach(i -> pool.submit(() -> clock.advance(7)));
        pool.shutdown();

        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(clock.instant()).isEqualTo(START.plusMillis(7_000));
    }

    @Test
    void withZone_keepsTheInstantAndMovesWithTheOriginal() {
        SimulatorClock clock = SimulatorClock.virtual(START);
        ZoneId seoul = ZoneId.of("Asia/Seoul");

        Clock inSeoul = clock.withZone(seoul);
        clock.advance(1_000);

        assertThat(inSeoul.getZone()).isEqualTo(seoul);
        assertThat(inSeoul.instant()).isEqualTo(START.plusSeconds(1));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        assertThat(((SimulatorClock) inSeoul).advance(1_000).isSuccess()).isTrue();
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void systemClock_inAnotherZone_staysTheSystemClock() {
        Clock inSeoul = SimulatorClock.system().withZone(ZoneId.of("Asia/Seoul"));

        assertThat(((SimulatorClock) inSeoul).isVirtual()).isFalse();
        assertThat(Duration.between(Instant.now(), inSeoul.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
