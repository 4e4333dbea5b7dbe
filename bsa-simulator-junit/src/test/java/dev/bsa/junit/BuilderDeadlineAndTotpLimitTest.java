package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.client.Bsa;
import dev.bsa.client.BsaException;
import dev.bsa.client.SimulatorSettings;
import dev.bsa.client.Tokens;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().deadline(d).totpDailyLimit(n)}: the simulator's rules with those numbers, after every reset. */
class BuilderDeadlineAndTotpLimitTest {

    @RegisterExtension
    static final BsaSimulatorExtension simulator = BsaSimulatorExtension.builder()
            .virtualClock()
            .deadline(Duration.ofSeconds(20))
            .totpDailyLimit(2)
            .build();

    @Test
    void theSettings_carryTheDeadlineAndTheLimit(SimulatorHandle handle) {
        SimulatorSettings settings = handle.admin().simulation().settings();

        assertThat(settings.authDeadlineSeconds()).isEqualTo(20);
        assertThat(settings.totp().dailyLimit()).isEqualTo(2);
    }

    @Test
    void aLogin_timesOutAtTheDeadlineGiven(SimulatorHandle handle) throws Exception {
        try (Bsa bsa = handle.bsa()) {
            CompletableFuture<Tokens> login = bsa.futures().requestAuth("dave");
            handle.advanceClockOnceLive("dave", Duration.ofSeconds(19));
            assertThat(login).isNotDone();

            handle.advanceClock(Duration.ofSeconds(2));

            assertThatThrownBy(login::get)
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(
                            BsaException.class,
                            failure -> assertThat(failure.code()).isEqualTo(5001));
        }
    }

    @Test
    void theThirdTotpAttemptOfTheDay_gets5026(SimulatorHandle handle) throws Exception {
        try (Bsa bsa = handle.bsa()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                CompletableFuture<Tokens> wrong = bsa.futures().requestTotp("alice", "000000");
                assertThatThrownBy(wrong::get).cause().isInstanceOf(BsaException.class);
            }

            CompletableFuture<Tokens> third = bsa.futures().requestTotp("alice", "000000");

            assertThatThrownBy(third::get)
                    .cause()
                    .isInstanceOfSatisfying(
                            BsaException.class,
                            failure -> assertThat(failure.code()).isEqualTo(5026));
        }
    }
}
