package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BsaSimulatorTest
class OtpLoginTest {

    @Test
    void codeFromThePhone_firesOnCodeSuccessOnce_thenEveryStatus_thenOnSuccess(SimulatorHandle simulator)
            throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            String code = Simulators.phoneOf(simulator, "bob").issueOtp().code();

            bsa.requestOtpCallback(
                    code, login.onSuccess(), login.onError(), login.onCodeSuccess(), login.onCodeError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .containsExactly(
                            "codeSuccess",
                            "status:RequestAuth",
                            "status:CreateChannel",
                            "status:SelectNodes",
                            "status:StartAuth",
                            "status:StartVerificationOfNodes",
                            "status:CompleteVerificationOfNodes",
                            "status:AuthCompleted",
                            "success");
            assertThat(login.tokens()).isNotNull();
        }
    }

    @Test
    void futures_requestOtp_completesWithTokens_andSaysWhenTheCodeWasAccepted(SimulatorHandle simulator)
            throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            String code = Simulators.phoneOf(simulator, "bob").issueOtp().code();
            AtomicInteger accepted = new AtomicInteger();

            Tokens tokens = bsa.futures()
                    .requestOtp(code, accepted::incrementAndGet)
                    .get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);

            assertThat(tokens.accessToken()).isNotBlank();
            assertThat(accepted).hasValue(1);
        }
    }

    @Test
    void givenManualPhone_deviceApproval_completesTheOtpLogin(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            BsaDevice phone = Simulators.phoneOf(simulator, "alice");
            var tokens = bsa.futures().requestOtp(phone.issueOtp().code());

            phone.approve(phone.awaitPush(PROMPTLY).orElseThrow().sessionId());

            assertThat(tokens.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).refreshToken())
                    .isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wrong code,          000000,  demo-client-key,         3005",
        "malformed code,      12ab,    demo-client-key,         2002",
        "invalid client key,  000000,  no-such-client,          2000",
        "login type not set,  alice,   unconfigured-client-key, 3301",
        "site not linked,     judy,    demo-client-key,         3201"
    })
    void codeStageErrors_reachOnCodeError_andNotOnError(
            String label, String codeOrUser, String clientKey, int expected, SimulatorHandle simulator)
            throws Exception {
        String code = codeOrUser.chars().allMatch(Character::isLetter)
                ? Simulators.phoneOf(simulator, codeOrUser).issueOtp().code()
                : codeOrUser;
        try (Bsa bsa = Simulators.bsa(simulator, clientKey)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);

            bsa.requestOtpCallback(
                    code, login.onSuccess(), login.onError(), login.onCodeSuccess(), login.onCodeError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer()).containsExactly("codeError:" + expected);
        }
    }

    @Test
    void withoutOnCodeError_aCodeErrorReachesOnError(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder();

            bsa.requestOtpCallback("000000", login.onSuccess(), login.onError(), null, null);

            assertThat(login.awaitEnd(PROMPTLY).events()).containsExactly("error:3005");
        }
    }

    @Test
    void rejectedOnThePhone_reachesOnErrorAfterOnCodeSuccess(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            String code = Simulators.phoneOf(simulator, "carol").issueOtp().code();

            bsa.requestOtpCallback(
                    code, login.onSuccess(), login.onError(), login.onCodeSuccess(), login.onCodeError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .startsWith("codeSuccess")
                    .endsWith("status:AuthFailed", "error:5010");
        }
    }

    @Test
    void onOtpCancel_givesTheRequest5011_andNothingToTheCancelCallback(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            LoginRecorder cancel = new LoginRecorder();
            String code = Simulators.phoneOf(simulator, "alice").issueOtp().code();
            bsa.requestOtpCallback(
                    code, login.onSuccess(), login.onError(), login.onCodeSuccess(), login.onCodeError());
            login.awaitStatus("SelectNodes", PROMPTLY);

            bsa.onOtpCancel(code, cancel.onCancelError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .endsWith("status:RequestCancel", "status:AuthCanceled", "error:5011");
            Thread.sleep(300);
            assertThat(cancel.events()).isEmpty();
        }
    }

    @Test
    void onOtpCancel_withoutALiveLogin_gives5019ToTheCancelCallback(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder cancel = new LoginRecorder();

            bsa.onOtpCancel("123456", cancel.onCancelError());

            assertThat(cancel.awaitEvents(1, PROMPTLY)).containsExactly("cancelError:5019");
        }
    }

    @Test
    void futures_codeErrors_failTheFutureWithTheCode(SimulatorHandle simulator) {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            assertThatThrownBy(() -> bsa.futures().requestOtp("000000").get(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(BsaException.class, failure -> {
                        assertThat(failure.code()).isEqualTo(3005);
                        assertThat(failure.errorCode())
                                .isEqualTo(dev.bsa.domain.error.ErrorCode.CODE_VERIFICATION_FAILED);
                    });
        }
    }
}
