package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule: a user has at most one live login; a second request gets 2010 until the first ends or its deadline passes. */
class OneLiveSessionPerUserRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;
    private Phone phone;
    private SessionStarted first;

    @BeforeEach
    void aliceHasALivePushLogin() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
        first = bsa.website(shop).requestPush(alice).value();
    }

    @Test
    void givenLivePush_secondPush_reports2010AndSendsNoSecondPush() {
        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.AUTH_IN_PROGRESS);

        assertThat(bsa.push().sent()).hasSize(1);
        assertThat(bsa.sessions().findLiveByUser(alice.key()).orElseThrow().id())
                .isEqualTo(first.session());
    }

    @Test
    void givenLivePush_pushFromAnotherWebsite_reports2010() {
        Client bank = bsa.givenClientForEveryMethod("bank");
        bsa.link(alice, bank);

        assertThat(bsa.website(bank).requestPush(alice).errorCode()).isEqualTo(ErrorCode.AUTH_IN_PROGRESS);
    }

    @Test
    void givenLivePush_otpRequest_reports2010AndKeepsTheCodeUsable() {
        String code = phone.issueOtp().value().code();

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.AUTH_IN_PROGRESS);

        phone.reject(first).value();
        assertThat(bsa.website(shop).requestOtp(code).isSuccess()).isTrue();
    }

    @Test
    void givenLivePush_totpRequest_reports2010AndCountsNoAttempt() {
        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.AUTH_IN_PROGRESS);

        assertThat(bsa.totpState().attempts(alice.key(), LocalDate.ofInstant(TestBsa.START, ZoneOffset.UTC)))
                .isZero();
    }

    @Test
    void givenLivePush_qrScanByTheSameUser_reports2010() {
        SessionStarted qr = bsa.website(shop).requestQr().value();

        assertThat(phone.scan(qr).errorCode()).isEqualTo(ErrorCode.AUTH_IN_PROGRESS);

        assertThat(bsa.session(qr.session()).user()).isEmpty();
        assertThat(bsa.session(qr.session()).error()).contains(ErrorCode.AUTH_IN_PROGRESS);
    }

    @Test
    void givenLivePushOfAlice_pushForBob_isAccepted() {
        User bob = bsa.givenLinkedUser("bob", shop);

        assertThat(bsa.website(shop).requestPush(bob).isSuccess()).isTrue();
    }

    @Test
    void givenFirstLoginRejected_newPush_isAccepted() {
        phone.reject(first).value();

        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
    }

    @Test
    void givenFirstLoginCompleted_newPush_isAccepted() {
        phone.approve(first).value();

        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
    }

    @Test
    void givenFirstLoginsDeadlinePassedWithoutSweep_newPush_isAcceptedAndTheFirstTimesOut() {
        bsa.clock().advance(Duration.ofSeconds(60));

        SessionStarted second = bsa.website(shop).requestPush(alice).value();

        assertThat(second.session()).isNotEqualTo(first.session());
        assertThat(bsa.session(first.session()).status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
        assertThat(bsa.session(first.session()).error()).contains(ErrorCode.AUTH_TIMEOUT);
    }

    @Test
    void givenFirstLoginsDeadlinePassed_totpRequest_isAccepted() {
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).isSuccess())
                .isTrue();
        assertThat(bsa.session(first.session()).status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
    }

    @Test
    void givenOneSecondLeft_secondPush_stillReports2010() {
        bsa.clock().advance(Duration.ofSeconds(59));

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.AUTH_IN_PROGRESS);
    }
}
