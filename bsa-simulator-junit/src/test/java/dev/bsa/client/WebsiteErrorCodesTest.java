package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error code of the seeds' tables reaches the right callback (OTP code errors: see {@link OtpLoginTest}). */
@BsaSimulatorTest
class WebsiteErrorCodesTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource({
        "invalid client key,            bob,    no-such-client,          2000",
        "unknown user,                  nobody, demo-client-key,         2008",
        "user without a phone,          ivan,   demo-client-key,         2008",
        "site not linked,               judy,   demo-client-key,         3201",
        "login type not configured,     alice,  unconfigured-client-key, 3301",
        "user not approved,             erin,   demo-client-key,         5005",
        "user temporarily suspended,    frank,  demo-client-key,         5006",
        "user permanently suspended,    grace,  demo-client-key,         5007",
        "user withdrawn,                heidi,  demo-client-key,         5008",
        "rejected on the phone,         carol,  demo-client-key,         5010"
    })
    void pushLogin_reachesOnErrorWithTheCode(
            String label, String user, String clientKey, int expected, SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator, clientKey)) {
            LoginRecorder login = new LoginRecorder();

            bsa.requestAuthCallback(user, login.onSuccess(), login.onError());

            assertThat(login.awaitEnd(PROMPTLY).events()).containsExactly("error:" + expected);
        }
    }

    @ParameterizedTest(name = "{0} fault -> {1}")
    @CsvSource({"CHANNEL, 5015", "PUSH, 5017", "NODE, 5022"})
    void injectedFault_reachesOnErrorWithItsCode(Fault fault, int expected, SimulatorHandle simulator)
            throws Exception {
        Simulators.admin(simulator).simulation().failNext(fault, 1);
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder();

            bsa.requestAuthCallback("bob", login.onSuccess(), login.onError());

            assertThat(login.awaitEnd(PROMPTLY).events()).containsExactly("error:" + expected);
        }
    }

    @Test
    void secondLoginOfAUserInProgress_reachesOnErrorWith2010(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder first = new LoginRecorder().listenTo(bsa);
            LoginRecorder second = new LoginRecorder();
            bsa.requestAuthCallback("dave", first.onSuccess(), first.onError());
            first.awaitStatus("SelectNodes", PROMPTLY);

            bsa.requestAuthCallback("dave", second.onSuccess(), second.onError());

            assertThat(second.awaitEnd(PROMPTLY).events()).containsExactly("error:2010");
            bsa.onCancel("dave", (code, message) -> {});
            assertThat(first.awaitEnd(PROMPTLY).errorCode()).isEqualTo(5011);
        }
    }

    @Test
    void totpLoginOfAUserInProgress_reachesOnErrorWith2010(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder push = new LoginRecorder().listenTo(bsa);
            LoginRecorder totp = new LoginRecorder();
            bsa.requestAuthCallback("dave", push.onSuccess(), push.onError());
            push.awaitStatus("SelectNodes", PROMPTLY);

            bsa.requestTotpCallback(
                    "dave",
                    Simulators.phoneOf(simulator, "dave").currentTotp().code(),
                    totp.onSuccess(),
                    totp.onError());

            assertThat(totp.awaitEnd(PROMPTLY).events()).containsExactly("error:2010");
        }
    }

    @Test
    void cancelOfAnUnknownUser_reaches3100_andOfAUserWithoutLogin_reaches5019(SimulatorHandle simulator)
            throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder unknown = new LoginRecorder();
            LoginRecorder idle = new LoginRecorder();

            bsa.onCancel("nobody", unknown.onCancelError());
            bsa.onCancel("alice", idle.onCancelError());

            assertThat(unknown.awaitEvents(1, PROMPTLY)).containsExactly("cancelError:3100");
            assertThat(idle.awaitEvents(1, PROMPTLY)).containsExactly("cancelError:5019");
        }
    }

    @Test
    void koreanLocale_givesTheKoreanMessage(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Bsa.builder(simulator.clientKey())
                .baseUrl(simulator.baseUrl())
                .locale(java.util.Locale.KOREAN)
                .build()) {
            java.util.concurrent.CompletableFuture<String> message = new java.util.concurrent.CompletableFuture<>();

            bsa.requestAuthCallback("heidi", tokens -> {}, (code, text) -> message.complete(code + " " + text));

            assertThat(message.get(PROMPTLY.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo("5008 탈퇴 사용자");
        }
    }
}
