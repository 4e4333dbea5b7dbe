package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.client.Bsa;
import dev.bsa.client.BsaException;
import dev.bsa.client.Tokens;
import dev.bsa.sim.adapter.in.support.ApiClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Moving the clock past the deadline of a login the test has just requested asynchronously: the request may still
 * be on its way, so the handle waits for the login to be live before it moves the clock, on the simulator's events.
 */
@BsaSimulatorTest(virtualClock = true)
class TimingOutALoginTest {

    /** A guard against a hang; the login ends long before. */
    private static final long GUARD_SECONDS = 30;

    @RepeatedTest(20)
    void aLoginJustRequested_timesOutWith5001_onceTheClockPassesItsDeadline(SimulatorHandle simulator) {
        try (Bsa bsa = simulator.bsa()) {
            CompletableFuture<Tokens> login = bsa.futures().requestAuth("dave");

            simulator.advanceClockOnceLive("dave", Duration.ofSeconds(61));

            assertThatThrownBy(() -> login.get(GUARD_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(
                            BsaException.class,
                            failure -> assertThat(failure.code()).isEqualTo(5001));
        }
    }

    @Test
    void awaitLiveLogin_returnsAtOnce_whenTheLoginIsLiveAlready(SimulatorHandle simulator) {
        new ApiClient(simulator.baseUrl())
                .post("/api/v1/auth/push")
                .client(simulator.clientKey())
                .json("{\"userKey\":\"dave\"}")
                .send();

        simulator.awaitLiveLogin("dave", Duration.ZERO);
    }

    @Test
    void awaitLiveLogin_withoutALogin_givesUpAfterTheTimeGiven(SimulatorHandle simulator) {
        assertThatThrownBy(() -> simulator.awaitLiveLogin("dave", Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no login of dave became live within PT0.1S");
    }

    @Test
    void anEndedLogin_isNotLive(SimulatorHandle simulator) {
        try (Bsa bsa = simulator.bsa()) {
            CompletableFuture<Tokens> login = bsa.futures().requestAuth("dave");
            simulator.advanceClockOnceLive("dave", Duration.ofSeconds(61));
            assertThatThrownBy(() -> login.get(GUARD_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

            assertThatThrownBy(() -> simulator.awaitLiveLogin("dave", Duration.ofMillis(100)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
