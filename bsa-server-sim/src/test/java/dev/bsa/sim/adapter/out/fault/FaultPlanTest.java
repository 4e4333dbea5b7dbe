package dev.bsa.sim.adapter.out.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.sim.application.model.FaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Injected faults: the next N calls of a step fail with the step's code, then it works again. */
class FaultPlanTest {

    private final FaultPlan faults = new FaultPlan();

    @Test
    void withNothingQueued_everyStepRuns() {
        assertThat(faults.pending())
                .containsOnlyKeys(FaultKind.values())
                .allSatisfy((kind, left) -> assertThat(left).isZero());
        for (FaultKind kind : FaultKind.values()) {
            assertThat(faults.run(kind).isSuccess()).as(kind.name()).isTrue();
        }
    }

    @Test
    void givenTwoQueuedPushFaults_theNextTwoPushesFail_thenPushesWork_andOtherStepsAreUntouched() {
        faults.failNext(FaultKind.PUSH, 2);

        assertThat(faults.run(FaultKind.CHANNEL).isSuccess()).isTrue();
        assertThat(faults.run(FaultKind.PUSH).isSuccess()).isFalse();
        assertThat(faults.pending()).containsEntry(FaultKind.PUSH, 1);
        assertThat(faults.run(FaultKind.PUSH).isSuccess()).isFalse();
        assertThat(faults.run(FaultKind.PUSH).isSuccess()).isTrue();
        assertThat(faults.pending()).containsEntry(FaultKind.PUSH, 0);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            CHANNEL, 5015
            PUSH,    5017
            NODE,    5022
            SERVER,  2001
            """)
    void aStepThatTakesAFault_isRejectedWithItsCode_andSaysTheFaultWasInjected(FaultKind kind, int code) {
        faults.failNext(kind, 1);

        Result<?> failed = faults.run(kind);

        assertThat(failed.isSuccess()).isFalse();
        assertThat(failed.errorCode())
                .isEqualTo(kind.failsWith())
                .extracting(ErrorCode::code)
                .isEqualTo(code);
        assertThat(failed.rejection().detail()).startsWith("injected fault: ");
    }

    @Test
    void queuingAgain_replacesTheCount_ratherThanAddingToIt() {
        faults.failNext(FaultKind.NODE, 5);

        faults.failNext(FaultKind.NODE, 1);

        assertThat(faults.pending()).containsEntry(FaultKind.NODE, 1);
    }

    @Test
    void queuingZero_clearsOneStep_andClear_clearsEveryStep() {
        faults.failNext(FaultKind.CHANNEL, 3);
        faults.failNext(FaultKind.PUSH, 3);
        faults.failNext(FaultKind.SERVER, 3);

        faults.failNext(FaultKind.CHANNEL, 0);
        assertThat(faults.pending()).containsEntry(FaultKind.CHANNEL, 0).containsEntry(FaultKind.PUSH, 3);
        faults.clear();

        assertThat(faults.pending().values()).containsOnly(0);
    }

    @ParameterizedTest
    @EnumSource(FaultKind.class)
    void counts_mustBeBetweenZeroAndTheLimit(FaultKind kind) {
        faults.failNext(kind, FaultKind.MAX_PENDING);
        assertThat(faults.pending()).containsEntry(kind, FaultKind.MAX_PENDING);

        assertThatThrownBy(() -> faults.failNext(kind, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be between 0 and " + FaultKind.MAX_PENDING);
        assertThatThrownBy(() -> faults.failNext(kind, FaultKind.MAX_PENDING + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.pending()).as("a refused count changes nothing").containsEntry(kind, FaultKind.MAX_PENDING);
    }

    @Test
    void concurrentCalls_takeExactlyTheQueuedNumberOfFaults() throws Exception {
        faults.failNext(FaultKind.NODE, 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> takers = new ArrayList<>();
            Callable<Integer> taker = () -> {
                int taken = 0;
                for (int i = 0; i < 100; i++) {
                    taken += faults.run(FaultKind.NODE).isSuccess() ? 0 : 1;
                }
                return taken;
            };
            for (int t = 0; t < 8; t++) {
                takers.add(pool.submit(taker));
            }
            int taken = 0;
            for (Future<Integer> result : takers) {
                taken += result.get(30, TimeUnit.SECONDS);
            }

            assertThat(taken).isEqualTo(100);
            assertThat(faults.pending()).containsEntry(FaultKind.NODE, 0);
        } finally {
            pool.shutdownNow();
        }
    }
}
