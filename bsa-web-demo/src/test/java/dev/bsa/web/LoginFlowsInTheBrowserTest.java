package dev.bsa.web;

import static dev.bsa.web.browser.LoginPage.Flow.OTP;
import static dev.bsa.web.browser.LoginPage.Flow.PUSH;
import static dev.bsa.web.browser.LoginPage.Flow.QR;
import static dev.bsa.web.browser.LoginPage.Flow.TOTP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.UserKey;
import dev.bsa.web.browser.LoginPage;
import dev.bsa.web.browser.LoginPage.Flow;
import dev.bsa.web.browser.PhonePage;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each login flow end to end through the pages, as a newcomer does it: the login page in one tab,
 * alice's virtual phone in another. The simulator runs on the system clock, like the runnable jar.
 */
@WebDemoBrowserTest
class LoginFlowsInTheBrowserTest {

    private static final List<String> HAPPY_PATH = List.of(
            "RequestAuth",
            "CreateChannel",
            "SelectNodes",
            "StartAuth",
            "StartVerificationOfNodes",
            "CompleteVerificationOfNodes",
            "AuthCompleted");

    @Test
    void push_approvedOnThePhonePage_showsAFallingCountdown_everyStatusInOrder_andTheTokensWithTheirClaims(
            RunningDemo demo) {
        LoginPage login = demo.loginPage();
        PhonePage phone = demo.phonePageOf("alice");

        login.sendPush("alice");

        assertThat(login.awaitStatus(PUSH, "SelectNodes"))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes");
        assertCountdownFalls(login, PUSH);
        assertThat(phone.awaitRequest())
                .contains("Demo Shop wants you to sign in")
                .contains("Push");
        assertThat(phone.approve()).startsWith("Approved");
        ShownTokens.areTokensOf(demo, login.awaitSignedIn(PUSH), "alice", "PUSH");
        assertThat(login.statuses(PUSH)).isEqualTo(HAPPY_PATH);
        assertThat(login.canStart(PUSH))
                .as("the form is ready for the next login")
                .isTrue();
    }

    @Test
    void otp_codeFromThePhonePage_isAccepted_thenApprovedOnThePhone_andSignsTheCodesOwnerIn(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        PhonePage phone = demo.phonePageOf("alice");
        String code = phone.otpCode();
        assertThat(phone.otpValidity()).matches("Valid for \\d+ s");

        login.enterOtp(code);

        assertThat(login.awaitStatus(OTP, "SelectNodes"))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes");
        assertThat(login.otpCodeState()).isEqualTo("Code accepted: approve the request on the phone.");
        assertCountdownFalls(login, OTP);
        assertThat(phone.awaitRequest()).contains("OTP");
        phone.approve();
        ShownTokens.areTokensOf(demo, login.awaitSignedIn(OTP), "alice", "OTP");
        assertThat(login.statuses(OTP)).isEqualTo(HAPPY_PATH);
    }

    @Test
    void totp_codeShownOnThePhonePage_signsInAtOnce_withTheTokensAndTheirClaims(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        PhonePage phone = demo.phonePageOf("alice");
        String code = phone.totpCode();
        assertThat(phone.totpSecondsLeft()).isBetween(1, 60);

        login.signInWithTotp("alice", code);

        ShownTokens.areTokensOf(demo, login.awaitSignedIn(TOTP), "alice", "TOTP");
        assertThat(demo.control()
                        .inspection()
                        .totpCounters(new UserKey("alice"))
                        .value()
                        .lastAcceptedStep())
                .as("the code's step is used up")
                .isPresent();
    }

    @Test
    void qr_drawnOnTheLoginPage_scannedOnThePhonePage_thenApproved_signsTheScannerIn(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        PhonePage phone = demo.phonePageOf("alice");

        String payload = login.showQr();

        assertThat(payload).startsWith(demo.demo().baseUrl() + "/q/");
        assertThat(login.darkPixelShare("qr-canvas"))
                .as("a QR code is drawn on the canvas")
                .isBetween(0.2, 0.8);
        assertThat(login.awaitStatus(QR, "CreateChannel")).containsExactly("RequestAuth", "CreateChannel");
        assertCountdownFalls(login, QR);
        assertThat(phone.scanTheLoginPagesQr()).isEqualTo(payload);
        assertThat(phone.awaitRequest()).contains("QR");
        phone.approve();
        ShownTokens.areTokensOf(demo, login.awaitSignedIn(QR), "alice", "QR");
        assertThat(login.statuses(QR)).isEqualTo(HAPPY_PATH);
    }

    /** The countdown starts near the 60 s deadline and falls while the login waits. */
    private static void assertCountdownFalls(LoginPage login, Flow flow) {
        int first = login.awaitSecondsLeft(flow);
        assertThat(first).isBetween(50, 60);
        assertThat(login.awaitSecondsBelow(flow, first)).isLessThan(first);
    }
}
