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

/**
 * Rule: the website that started a live login may cancel it (by user or by channel); it ends in
 * AuthCanceled with 5011 after RequestCancel. Nothing live is 5019; other websites' logins do not exist for it.
 */
class CancelRuleTest {

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

    private void assertCanceled(SessionStarted started) {
        AuthSession session = bsa.session(started.session());
        assertThat(session.status()).isEqualTo(AuthStatus.AUTH_CANCELED);
        assertThat(session.error()).contains(ErrorCode.AUTH_CANCELED);
        assertThat(bsa.publisher().statusesOf(started.session())).endsWith("RequestCancel", "AuthCanceled");
    }

    @Test
    void givenLivePush_cancelByUser_endsInAuthCanceledWith5011() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();

        AuthSession canceled = bsa.website(shop).cancel(alice).value();

        assertThat(canceled.error()).contains(ErrorCode.AUTH_CANCELED);
        assertCanceled(started);
        assertThat(bsa.publisher().statusesOf(started.session()))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "RequestCancel", "AuthCanceled");
    }

    @Test
    void givenNothingLive_cancelByUser_reports5019() {
        assertThat(bsa.website(shop).cancel(alice).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
    }

    @Test
    void givenCompletedLogin_cancelByUser_reports5019() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        phone.approve(started).value();

        assertThat(bsa.website(shop).cancel(alice).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(bsa.session(started.session()).status()).isEqualTo(AuthStatus.AUTH_COMPLETED);
    }

    @Test
    void givenUnknownUser_cancelByUser_reports3100() {
        assertThat(bsa.website(shop).cancelUser("ghost").errorCode()).isEqualTo(ErrorCode.CANCEL_UNREGISTERED_USER);
    }

    @Test
    void givenLoginStartedByAnotherWebsite_cancelByUser_reports5019AndLeavesItLive() {
        Client bank = bsa.givenClientForEveryMethod("bank");
        SessionStarted started = bsa.website(shop).requestPush(alice).value();

        assertThat(bsa.website(bank).cancel(alice).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);

        assertThat(bsa.session(started.session()).isLive()).isTrue();
    }

    @Test
    void givenCanceledLogin_phoneApprove_reports5019AndNewRequestIsAccepted() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.website(shop).cancel(alice).value();

        assertThat(phone.approve(started).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
    }

    @Test
    void givenLiveOtp_cancelByChannel_endsInAuthCanceledWith5011() {
        SessionStarted started =
                bsa.website(shop).requestOtp(phone.issueOtp().value().code()).value();

        assertThat(bsa.website(shop).cancel(started).value().error()).contains(ErrorCode.AUTH_CANCELED);

        assertCanceled(started);
    }

    @Test
    void givenWaitingQr_cancelByChannel_endsInAuthCanceledWith5011() {
        SessionStarted started = bsa.website(shop).requestQr().value();

        bsa.website(shop).cancel(started).value();

        assertCanceled(started);
        assertThat(phone.scan(started).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
    }

    @Test
    void givenUnknownChannel_cancelByChannel_reports2004() {
        assertThat(bsa.website(shop).cancelChannel("f".repeat(32)).errorCode()).isEqualTo(ErrorCode.CHANNEL_NOT_FOUND);
    }

    @Test
    void givenAnotherWebsitesChannel_cancelByChannel_reports2004AndLeavesItLive() {
        Client bank = bsa.givenClientForEveryMethod("bank");
        SessionStarted started = bsa.website(shop).requestQr().value();

        assertThat(bsa.website(bank).cancel(started).errorCode()).isEqualTo(ErrorCode.CHANNEL_NOT_FOUND);

        assertThat(bsa.session(started.session()).isLive()).isTrue();
    }

    @Test
    void givenEndedLogin_cancelByChannel_reports5019() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        phone.reject(started).value();

        assertThat(bsa.website(shop).cancel(started).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(bsa.session(started.session()).error()).contains(ErrorCode.AUTH_REJECTED);
    }

    @Test
    void givenDeadlinePassed_cancel_reports5001AndTheLoginTimesOut() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(bsa.website(shop).cancel(started).errorCode()).isEqualTo(ErrorCode.AUTH_TIMEOUT);

        assertThat(bsa.session(started.session()).status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
    }
}
