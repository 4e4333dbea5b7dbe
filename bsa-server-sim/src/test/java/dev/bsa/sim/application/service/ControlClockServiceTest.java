package dev.bsa.sim.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.sim.adapter.out.clock.ControllableClock;
import dev.bsa.sim.adapter.out.event.EventFeed;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rules of moving the simulator's clock: how far, to which instants, on which clock. */
class ControlClockServiceTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final AtomicInteger sweeps = new AtomicInteger();
    private final ControllableClock virtual = ControllableClock.virtual(START);
    private final EventFeed events = new EventFeed(virtual);
    private final ControlClockUseCase time = new ControlClockService(virtual, this::sweep, events);
    private final ControlClockUseCase system = new ControlClockService(ControllableClock.system(), this::sweep, events);

    /** The sweeper: counts its runs, and one login falls due each time. */
    private int sweep() {
        sweeps.incrementAndGet();
        return 1;
    }

    @Test
    void advancing_movesByExactlyTheAmount_andTimesOutWhatFellDue() {
        assertThat(time.advance(61_000).value()).isEqualTo(1);

        assertThat(time.now()).isEqualTo(START.plusSeconds(61));
        assertThat(events.recent())
                .last()
                .extracting(SimEvent.Numbered::event)
                .isEqualTo(new SimEvent.ClockMoved(START.plusSeconds(61), 61_000, 1, false));
    }

    @Test
    void aNegativeAmount_isRefusedWith2002_pointingToSettingTheClock_andTheClockStays() {
        Result<Integer> result = time.advance(-1);

        assertThat(result.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(result.rejection().detail()).contains("between 0 and").contains("set the clock");
        assertThat(time.now()).isEqualTo(START);
    }

    @Test
    void tenYearsIsTheLongestStep_andAHugeOneIsRefusedAsTooLarge_notAsNegative() {
        long tenYears = ControlClockUseCase.MAX_ADVANCE.toMillis();

        assertThat(time.advance(tenYears + 1).rejection().detail())
                .contains("(10 years)")
                .doesNotContain("negative");
        assertThat(time.advance(Long.MAX_VALUE).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(time.now()).isEqualTo(START);

        assertThat(time.advance(tenYears).isSuccess()).isTrue();
        assertThat(time.now()).isEqualTo(START.plusMillis(tenYears));
    }

    @Test
    void settingTheClock_goesForwardOrBack_toAnyInstantInRange() {
        Instant later = START.plus(Duration.ofDays(400));
        Instant earlier = Instant.parse("2024-02-29T12:00:00Z");

        assertThat(time.setTo(later).isSuccess()).isTrue();
        assertThat(time.now()).isEqualTo(later);
        assertThat(time.setTo(earlier).isSuccess()).isTrue();
        assertThat(time.now()).isEqualTo(earlier);
        assertThat(events.recent())
                .last()
                .extracting(SimEvent.Numbered::event)
                .isEqualTo(new SimEvent.ClockMoved(
                        earlier, Duration.between(later, earlier).toMillis(), 1, false));
    }

    @Test
    void anInstantBeforeTheEpochOrAfterTheYear9999_isRefusedWith2002() {
        assertThat(time.setTo(Instant.EPOCH.minusMillis(1)).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(time.setTo(ControlClockUseCase.LATEST.plusSeconds(1)).errorCode())
                .isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(time.now()).isEqualTo(START);
    }

    @Test
    void nearTheLatestInstant_advancingPastIt_isRefusedInsteadOfThrowing() {
        time.setTo(ControlClockUseCase.LATEST.minusSeconds(1));

        assertThat(time.advance(Duration.ofDays(1).toMillis()).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(time.now()).isEqualTo(ControlClockUseCase.LATEST.minusSeconds(1));
    }

    @Test
    void rewinding_goesBackToTheStart() {
        time.advance(Duration.ofDays(3).toMillis());

        assertThat(time.rewind().isSuccess()).isTrue();

        assertThat(time.now()).isEqualTo(START);
    }

    @Test
    void theSystemClock_cannotBeAdvancedSetOrRewound_2002SaysHowToGetAVirtualOne() {
        assertThat(system.advance(1_000).rejection().detail()).contains("--clock virtual");
        assertThat(system.setTo(START).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(system.rewind().errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(sweeps).hasValue(0);
    }
}
