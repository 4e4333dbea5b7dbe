package dev.bsa.web;

import static dev.bsa.web.browser.LoginPage.Flow.PUSH;
import static dev.bsa.web.browser.LoginPage.Flow.QR;
import static dev.bsa.web.browser.LoginPage.Flow.TOTP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.sim.application.model.FaultKind;
import dev.bsa.web.browser.LoginPage;
import dev.bsa.web.browser.LoginPage.Failure;
import dev.bsa.web.browser.PhonePage;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The ways a login fails, through the demo login page: each shows its error code and the server's
 * message, the statuses it went through, and leaves the form ready for another try. The simulator
 * runs on a virtual clock so that a deadline passes when a test says so.
 */
@WebDemoBrowserTest(virtualClock = true)
class LoginErrorsInTheBrowserTest {

    @Test
    void push_toAnUnknownUser_shows2008_withoutAnyStatus(RunningDemo demo) {
        LoginPage login = demo.loginPage();

        login.sendPush("nobody");

        assertShows(login.awaitFailure(PUSH), ErrorCode.UNREGISTERED_USER);
        assertThat(login.statuses(PUSH)).isEmpty();
        assertThat(login.canStart(PUSH)).isTrue();
    }

    @Test
    void push_toATemporarilySuspendedUser_shows5006(RunningDemo demo) {
        LoginPage login = demo.loginPage();

        login.sendPush("frank");

        assertShows(login.awaitFailure(PUSH), ErrorCode.USER_TEMPORARILY_SUSPENDED);
        assertThat(login.statuses(PUSH)).isEmpty();
    }

    @Test
    void totp_withAWrongCode_shows3005(RunningDemo demo) {
        LoginPage login = demo.loginPage();

        login.signInWithTotp("alice", otherCodeThan(demo.currentTotpCode("alice")));

        assertShows(login.awaitFailure(TOTP), ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void totp_pastTheDailyLimit_shows5026_evenWithTheCodeThePhoneShows(RunningDemo demo) {
        demo.dailyTotpLimit(2);
        LoginPage login = demo.loginPage();
        PhonePage phone = demo.phonePageOf("alice");
        String wrong = otherCodeThan(demo.currentTotpCode("alice"));
        for (int attempt = 1; attempt <= 2; attempt++) {
            login.signInWithTotp("alice", wrong);
            assertThat(login.awaitFailure(TOTP).code())
                    .as("attempt %d", attempt)
                    .isEqualTo(3005);
            login.waitUntil("the form to be ready again", driver -> login.canStart(TOTP));
        }

        login.signInWithTotp("alice", phone.totpCode());

        assertShows(login.awaitFailure(TOTP), ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
    }

    @Test
    void push_canceledOnTheLoginPage_shows5011_afterRequestCancelAndAuthCanceled(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        login.sendPush("alice");
        login.awaitStatus(PUSH, "SelectNodes");

        login.cancel(PUSH);

        assertShows(login.awaitFailure(PUSH), ErrorCode.AUTH_CANCELED);
        assertThat(login.statuses(PUSH))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "RequestCancel", "AuthCanceled");
        assertThat(demo.pendingOn("alice"))
                .as("nothing waits on the phone any more")
                .isEmpty();
        assertThat(login.canStart(PUSH)).isTrue();
    }

    @Test
    void qr_canceledOnTheLoginPage_shows5011(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        login.showQr();
        login.awaitStatus(QR, "CreateChannel");

        login.cancel(QR);

        assertShows(login.awaitFailure(QR), ErrorCode.AUTH_CANCELED);
        assertThat(login.statuses(QR)).containsExactly("RequestAuth", "CreateChannel", "RequestCancel", "AuthCanceled");
    }

    @Test
    void push_nobodyAnswers_shows5001_whenTheVirtualClockPassesTheDeadline(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        login.sendPush("dave");
        login.awaitStatus(PUSH, "SelectNodes");

        demo.advanceClock(Duration.ofSeconds(61));

        assertShows(login.awaitFailure(PUSH), ErrorCode.AUTH_TIMEOUT);
        assertThat(login.statuses(PUSH)).containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "AuthTimeout");
    }

    @Test
    void push_rejectedOnThePhonePage_shows5010(RunningDemo demo) {
        LoginPage login = demo.loginPage();
        PhonePage phone = demo.phonePageOf("alice");
        login.sendPush("alice");

        assertThat(phone.reject()).startsWith("Rejected");

        assertShows(login.awaitFailure(PUSH), ErrorCode.AUTH_REJECTED);
        assertThat(login.statuses(PUSH)).containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "AuthFailed");
    }

    @Test
    void push_whosePushCannotBeSent_shows5017_andTheNextPushGoesThrough(RunningDemo demo) {
        demo.failNext(FaultKind.PUSH, 1);
        LoginPage login = demo.loginPage();

        login.sendPush("alice");

        assertShows(login.awaitFailure(PUSH), ErrorCode.PUSH_FAILED);
        assertThat(login.statuses(PUSH)).isEmpty();
        login.sendPush("alice");
        assertThat(login.awaitStatus(PUSH, "SelectNodes"))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes");
    }

    @Test
    void push_answered2010_offersToCancelTheLoginOfAnotherTab_whichThenEndsThereWith5011(RunningDemo demo) {
        LoginPage first = demo.loginPage();
        first.sendPush("alice");
        first.awaitStatus(PUSH, "SelectNodes");
        LoginPage second = demo.loginPageInANewTab();
        second.sendPush("alice");
        assertShows(second.awaitFailure(PUSH), ErrorCode.AUTH_IN_PROGRESS);

        second.click("push-cancel-other");

        assertThat(second.textWhen(
                        "push-canceled-elsewhere", "the 5011 of the cancel", text -> text.startsWith("5011")))
                .contains("was canceled");
        assertShows(first.awaitFailure(PUSH), ErrorCode.AUTH_CANCELED);
        assertThat(demo.pendingOn("alice")).isEmpty();
    }

    private static void assertShows(Failure failure, ErrorCode code) {
        assertThat(failure.code()).isEqualTo(code.code());
        assertThat(failure.message()).isEqualTo(code.english());
    }

    private static String otherCodeThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
