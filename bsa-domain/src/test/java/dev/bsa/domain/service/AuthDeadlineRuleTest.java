package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule: a push, OTP or QR login must end within the deadline (60 s by default) or it times out with 5001. */
class AuthDeadlineRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;
    private Phone phone;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
    }

    private void assertTimedOut(SessionStarted started) {
        AuthSession session = bsa.session(started.session());
        assertThat(session.status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
        assertThat(session.error()).contains(ErrorCode.AUTH_TIMEOUT);
        assertThat(bsa.publisher().statusesOf(started.session())).endsWith("AuthTimeout");
    }

    @Test
    void givenDefaultSettings_pushRequest_expiresSixtySecondsAfterRequestAuth() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();

        assertThat(started.expiresAt()).isEqualTo(TestBsa.START.plusSeconds(60));
        assertThat(started.remainingSeconds()).isEqualTo(60);
        assertThat(bsa.session(started.session()).createdAt()).isEqualTo(TestBsa.START);
    }

    @Test
    void givenDeadlineConfiguredTo90Seconds_otpAndQrRequests_expire90SecondsLater() {
        bsa.changeSettings(settings -> settings.withAuthDeadline(Duration.ofSeconds(90)));

        SessionStarted otp =
                bsa.website(shop).requestOtp(phone.issueOtp().value().code()).value();
        SessionStarted qr = bsa.website(shop).requestQr().value();

        assertThat(otp.expiresAt()).isEqualTo(TestBsa.START.plusSeconds(90));
        assertThat(qr.expiresAt()).isEqualTo(TestBsa.START.plusSeconds(90));
        assertThat(qr.remainingSeconds()).isEqualTo(90);
    }

    @Test
    void givenPartOfASecondPassed_remainingSeconds_roundsUpAndNeverGoesNegative() {
        AuthSession session =
                bsa.session(bsa.website(shop).requestPush(alice).value().session());

        assertThat(session.remainingSeconds(TestBsa.START.plusMillis(500))).isEqualTo(60);
        assertThat(session.remainingSeconds(TestBsa.START.plusMillis(1000))).isEqualTo(59);
        assertThat(session.remainingSeconds(TestBsa.START.plusMillis(59_001))).isEqualTo(1);
        assertThat(session.remainingSeconds(TestBsa.START.plusSeconds(60))).isZero();
        assertThat(session.remainingSeconds(TestBsa.START.plusSeconds(61))).isZero();
    }

    @Test
    void givenEndedSession_remainingSeconds_isZero() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        phone.reject(started).value();

        assertThat(bsa.session(started.session()).remainingSeconds(TestBsa.START))
                .isZero();
    }

    @Test
    void givenOneMillisecondLeft_phoneAnswer_isStillAccepted() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofMillis(59_999));

        assertThat(phone.approve(started).value().status()).isEqualTo(AuthStatus.AUTH_COMPLETED);
    }

    @Test
    void givenDeadlinePassed_nextPhoneEvent_reports5001AndTimesTheSessionOut() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(phone.start(started).errorCode()).isEqualTo(ErrorCode.AUTH_TIMEOUT);

        assertTimedOut(started);
    }

    @Test
    void givenDeadlinePassed_approve_reports5001AndIssuesNoTokens() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        phone.start(started).value();
        bsa.clock().advance(Duration.ofSeconds(61));

        assertThat(phone.approve(started).errorCode()).isEqualTo(ErrorCode.AUTH_TIMEOUT);

        assertTimedOut(started);
        assertThat(bsa.session(started.session()).tokens()).isEmpty();
    }

    @Test
    void givenDeadlinePassed_statusPoll_showsAuthTimeoutWith5001() {
        SessionStarted started = bsa.website(shop).requestQr().value();
        bsa.clock().advance(Duration.ofSeconds(60));

        AuthSession polled = bsa.website(shop).status(started).value();

        assertThat(polled.status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
        assertThat(polled.error()).contains(ErrorCode.AUTH_TIMEOUT);
        assertTimedOut(started);
    }

    @Test
    void givenDeadlineNotReached_statusPoll_showsTheLiveStatus() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofSeconds(59));

        assertThat(bsa.website(shop).status(started).value().status()).isEqualTo(AuthStatus.SELECT_NODES);
    }

    @Test
    void givenDueAndNotYetDueSessions_expireDue_timesOutOnlyTheDueOnesAndCountsThem() {
        SessionStarted push = bsa.website(shop).requestPush(alice).value();
        SessionStarted qr = bsa.website(shop).requestQr().value();
        bsa.clock().advance(Duration.ofSeconds(30));
        User bob = bsa.givenLinkedUser("bob", shop);
        SessionStarted later = bsa.website(shop).requestPush(bob).value();
        bsa.clock().advance(Duration.ofSeconds(30));

        assertThat(bsa.services().expireDue().expireDue()).isEqualTo(2);

        assertTimedOut(push);
        assertTimedOut(qr);
        assertThat(bsa.session(later.session()).isLive()).isTrue();
        assertThat(bsa.services().expireDue().expireDue()).isZero();
    }

    @Test
    void givenNothingDue_expireDue_changesNothing() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofSeconds(59));

        assertThat(bsa.services().expireDue().expireDue()).isZero();

        assertThat(bsa.session(started.session()).status()).isEqualTo(AuthStatus.SELECT_NODES);
    }

    @Test
    void givenCompletedLoginPastItsDeadline_expireDue_erasesTheDeliveryCopyOfItsTokens() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        phone.approve(started).value();
        assertThat(bsa.session(started.session()).tokens()).isPresent();
        bsa.clock().advance(Duration.ofSeconds(61));

        assertThat(bsa.services().expireDue().expireDue()).isZero();

        assertThat(bsa.session(started.session()).tokens()).isEmpty();
        assertThat(bsa.session(started.session()).status()).isEqualTo(AuthStatus.AUTH_COMPLETED);
    }
}
