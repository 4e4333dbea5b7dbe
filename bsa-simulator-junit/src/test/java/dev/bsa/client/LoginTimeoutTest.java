package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 5001 on a virtual clock: the deadline passes when the test says so, not after a minute of waiting. */
@BsaSimulatorTest(virtualClock = true)
class LoginTimeoutTest {

    private static final Duration PAST_THE_DEADLINE = Duration.ofSeconds(61);

    @Test
    void pushNobodyAnswers_reachesOnErrorWith5001_afterAuthTimeout(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            bsa.requestAuthCallback("dave", login.onSuccess(), login.onError());
            login.awaitStatus("SelectNodes", PROMPTLY);

            simulator.advanceClock(PAST_THE_DEADLINE);

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .containsExactly(
                            "status:RequestAuth",
                            "status:CreateChannel",
                            "status:SelectNodes",
                            "status:AuthTimeout",
                            "error:5001");
        }
    }

    @Test
    void otpLoginTimedOutThroughTheAdminClock_reachesOnErrorWith5001(SimulatorHandle simulator) throws Exception {
        BsaAdmin admin = Simulators.admin(simulator);
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            String code = Simulators.phoneOf(simulator, "dave").issueOtp().code();
            bsa.requestOtpCallback(
                    code, login.onSuccess(), login.onError(), login.onCodeSuccess(), login.onCodeError());
            login.awaitStatus("SelectNodes", PROMPTLY);

            ClockAdvance advanced = admin.simulation().advanceClock(PAST_THE_DEADLINE);

            assertThat(advanced.expired()).isEqualTo(1);
            assertThat(login.awaitEnd(PROMPTLY).eventsWithoutTimer()).endsWith("status:AuthTimeout", "error:5001");
        }
    }

    @Test
    void futures_qrNeverScanned_failsWith5001(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder feed = new LoginRecorder().listenTo(bsa);
            var tokens = bsa.futures().requestQr(code -> {});
            feed.awaitStatus("CreateChannel", PROMPTLY);

            simulator.advanceClock(PAST_THE_DEADLINE);

            try {
                tokens.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
                throw new AssertionError("the login should have timed out");
            } catch (ExecutionException failure) {
                assertThat(((BsaException) failure.getCause()).code()).isEqualTo(5001);
            }
        }
    }

    @Test
    void timer_followsTheServerWhenItsClockJumps(SimulatorHandle simulator) throws Exception {
        Simulators.admin(simulator).simulation().changeSettings(SimulatorSettings.authDeadline(300));
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            bsa.requestAuthCallback("dave", login.onSuccess(), login.onError());
            login.awaitStatus("SelectNodes", PROMPTLY);

            simulator.advanceClock(Duration.ofSeconds(200));
            long deadline = System.nanoTime() + PROMPTLY.toNanos();
            while (login.timerValues().stream().noneMatch(seconds -> seconds <= 100) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(login.timerValues()).first().isEqualTo(300);
            assertThat(login.timerValues())
                    .anyMatch(seconds -> seconds <= 100)
                    .isSortedAccordingTo((a, b) -> b - a)
                    .doesNotHaveDuplicates();
            bsa.onCancel("dave", (code, message) -> {});
        }
    }
}
