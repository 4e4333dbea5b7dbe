package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@BsaSimulatorTest
class PushLoginTest {

    private static final List<String> COMPLETED = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");

    @Test
    void givenAutoApprovingPhone_requestAuthCallback_givesTokensAfterEveryStatusInOrder(SimulatorHandle simulator)
            throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);

            bsa.requestAuthCallback("bob", login.onSuccess(), login.onError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.statuses()).containsExactlyElementsOf(COMPLETED);
            assertThat(login.eventsWithoutTimer()).last().isEqualTo("success");
            assertThat(login.tokens().accessToken()).contains(".");
            assertThat(login.tokens().refreshToken()).isNotBlank();
        }
    }

    @Test
    void givenManualPhone_deviceApproval_completesTheLogin(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            BsaDevice phone = Simulators.phoneOf(simulator, "alice");

            bsa.requestAuthCallback("alice", login.onSuccess(), login.onError());
            PendingPush push = phone.awaitPush(PROMPTLY).orElseThrow();
            assertThat(push.clientKey()).isEqualTo(simulator.clientKey());
            assertThat(phone.start(push.sessionId()).status()).isEqualTo("StartAuth");
            assertThat(phone.approve(push.sessionId()).status()).isEqualTo("AuthCompleted");

            login.awaitEnd(PROMPTLY);
            assertThat(login.statuses()).containsExactlyElementsOf(COMPLETED);
            assertThat(login.tokens()).isNotNull();
        }
    }

    @Test
    void timerValues_decreaseStrictly_andNothingFollowsTheTerminalCallback(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);

            bsa.requestAuthCallback("bob", login.onSuccess(), login.onError());
            login.awaitEnd(PROMPTLY);
            List<String> atEnd = login.events();
            Thread.sleep(1_300);

            assertThat(login.events()).as("nothing after the terminal callback").isEqualTo(atEnd);
            assertThat(atEnd).last().isEqualTo("success");
            List<Integer> timer = login.timerValues();
            assertThat(timer).isNotEmpty().first().isEqualTo(60);
            for (int index = 1; index < timer.size(); index++) {
                assertThat(timer.get(index))
                        .as("timer value %d of %s", index, timer)
                        .isLessThan(timer.get(index - 1));
            }
        }
    }

    @Test
    void onCancel_givesTheRequest5011_andNothingToTheCancelCallback(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            LoginRecorder cancel = new LoginRecorder();

            bsa.requestAuthCallback("alice", login.onSuccess(), login.onError());
            login.awaitStatus("SelectNodes", PROMPTLY);
            bsa.onCancel("alice", cancel.onCancelError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.statuses())
                    .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "RequestCancel", "AuthCanceled");
            assertThat(login.eventsWithoutTimer()).last().isEqualTo("error:5011");
            Thread.sleep(300);
            assertThat(cancel.events()).isEmpty();
        }
    }

    @Test
    void futures_requestAuth_completesWithTokens(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            Tokens tokens = bsa.futures().requestAuth("bob").get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);

            assertThat(tokens.accessToken()).isNotBlank();
            assertThat(tokens.refreshToken()).isNotBlank();
        }
    }

    @Test
    void futures_cancellingTheFuture_cancelsTheLoginOnTheServer(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder feed = new LoginRecorder().listenTo(bsa);
            var future = bsa.futures().requestAuth("alice");
            feed.awaitStatus("SelectNodes", PROMPTLY);

            assertThat(future.cancel(true)).isTrue();

            feed.awaitStatus("AuthCanceled", PROMPTLY);
            SessionSummary session =
                    Simulators.admin(simulator).simulation().recentSessions(1).get(0);
            assertThat(session.status()).isEqualTo("AuthCanceled");
            assertThat(session.errorCode()).isEqualTo(5011);
        }
    }

    @Test
    void futures_cancelAuth_cancelsAnotherInstancesLogin(SimulatorHandle simulator) throws Exception {
        try (Bsa website = Simulators.bsa(simulator);
                Bsa backOffice = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(website);
            website.requestAuthCallback("alice", login.onSuccess(), login.onError());
            login.awaitStatus("SelectNodes", PROMPTLY);

            backOffice.futures().cancelAuth("alice").get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);

            assertThat(login.awaitEnd(PROMPTLY).errorCode()).isEqualTo(5011);
        }
    }
}
