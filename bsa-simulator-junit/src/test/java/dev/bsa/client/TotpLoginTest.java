package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@BsaSimulatorTest
class TotpLoginTest {

    @Test
    void currentCodeFromThePhone_givesTokens(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            String code = Simulators.phoneOf(simulator, "alice").currentTotp().code();

            bsa.requestTotpCallback("alice", code, login.onSuccess(), login.onError());

            assertThat(login.awaitEnd(PROMPTLY).events()).containsExactly("success");
            assertThat(login.tokens().accessToken()).isNotBlank();
        }
    }

    @Test
    void futures_requestTotp_completesWithTokens(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            String code = Simulators.phoneOf(simulator, "bob").currentTotp().code();

            Tokens tokens = bsa.futures().requestTotp("bob", code).get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);

            assertThat(tokens.refreshToken()).isNotBlank();
        }
    }

    @Test
    void wrongCode_reachesOnErrorWith3005(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder();

            bsa.requestTotpCallback("alice", wrongCode(simulator, "alice"), login.onSuccess(), login.onError());

            assertThat(login.awaitEnd(PROMPTLY).events()).containsExactly("error:3005");
        }
    }

    @Test
    void sixthAttemptOfTheDay_reachesOnErrorWith5026_evenWithTheRightCode(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            String wrong = wrongCode(simulator, "alice");
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThatThrownBy(
                                () -> bsa.futures().requestTotp("alice", wrong).join())
                        .hasCauseInstanceOf(BsaException.class);
            }
            LoginRecorder login = new LoginRecorder();
            String right = Simulators.phoneOf(simulator, "alice").currentTotp().code();

            bsa.requestTotpCallback("alice", right, login.onSuccess(), login.onError());

            assertThat(login.awaitEnd(PROMPTLY).events()).containsExactly("error:5026");
            assertThat(Simulators.admin(simulator).totpCounters("alice").attemptsToday())
                    .isEqualTo(5);
        }
    }

    @Test
    void futures_aRefusedCode_failsWithBsaException(SimulatorHandle simulator) {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            assertThatThrownBy(() ->
                            bsa.futures().requestTotp("nobody", "123456").get(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(
                            BsaException.class,
                            failure -> assertThat(failure.code()).isEqualTo(2008));
        }
    }

    private static String wrongCode(SimulatorHandle simulator, String user) {
        String right = Simulators.phoneOf(simulator, user).currentTotp().code();
        return right.equals("000000") ? "111111" : "000000";
    }
}
