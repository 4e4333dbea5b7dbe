package dev.bsa.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.bench.load.LoadPlan.LoginFlow;
import dev.bsa.sim.app.SimulatorConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The load driver as a functional check: a short run against a simulator started in this JVM completes
 * logins and none fails. Nothing here is about speed; the figures are the benchmarks' business.
 */
class LoadRunTest {

    private static final int USERS = 4;

    @Test
    void pushRunOfTwoSeconds_againstAnEmbeddedSimulator_completesLoginsWithoutErrors() throws Exception {
        LoadReport report = runFor(LoginFlow.PUSH, false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.logins()).isPositive();
        assertThat(report.latency().p50())
                .isPositive()
                .isLessThanOrEqualTo(report.latency().max());
        assertThat(report.heapAfter()).isPresent();
    }

    @Test
    void totpRunOfTwoSeconds_againstAnEmbeddedSimulatorOnAVirtualClock_completesLoginsWithoutErrors() throws Exception {
        LoadReport report = runFor(LoginFlow.TOTP, true);

        assertThat(report.errors()).isEmpty();
        assertThat(report.logins()).isPositive();
        // A user logs in once per step, so more logins than users means the clock was moved, however few logins a
        // busy machine allows in two seconds (a cold JVM under a load average of 25 made fewer than one per user).
        if (report.allLogins() > USERS) {
            assertThat(report.clockAdvances())
                    .as("more logins than users need a later step")
                    .isPositive();
        }
    }

    private static LoadReport runFor(LoginFlow flow, boolean virtualClock) throws InterruptedException {
        LoadPlan plan = new LoadPlan(
                flow,
                USERS,
                2,
                Duration.ZERO,
                Duration.ofSeconds(2),
                Duration.ofSeconds(20),
                "load-test-client",
                "load-test-");
        try (LoadTarget target = LoadTarget.embedded(SimulatorConfig.inMemoryDatabase(), virtualClock)) {
            return LoadRun.run(target, plan);
        }
    }
}
