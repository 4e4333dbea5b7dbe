package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule: the user's status and link are checked before any code is verified or push sent, so a
 * refused user uses up nothing: no TOTP attempt, no app code, no push, no channel, no session.
 */
class ChecksBeforeCodeOrPushRuleTest {

    private final TestBsa bsa = new TestBsa(MutableClock.at(TestBsa.START.plusSeconds(30)));
    private Client shop;
    private User alice;
    private Phone phone;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
    }

    private int attemptsToday() {
        return bsa.totpState()
                .attempts(alice.key(), LocalDate.ofInstant(bsa.clock().instant(), ZoneOffset.UTC));
    }

    private void unlinkAlice() {
        bsa.ports().links().unlink(new Link(alice.key(), shop.key()));
    }

    private void assertNothingWasStarted() {
        assertThat(bsa.push().sent()).isEmpty();
        assertThat(bsa.channels().opened()).isEmpty();
        assertThat(bsa.sessions().findRecent(10)).isEmpty();
        assertThat(bsa.publisher().updates()).isEmpty();
    }

    @Test
    void givenSuspendedUser_rightTotpCode_reports5006AndConsumesNoAttempt() {
        bsa.changeStatus(alice, UserStatus.TEMPORARILY_SUSPENDED);

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.USER_TEMPORARILY_SUSPENDED);

        assertThat(attemptsToday()).isZero();
        assertThat(bsa.totpState().lastAcceptedStep(alice.key())).isEmpty();
        assertNothingWasStarted();
    }

    @Test
    void givenUnlinkedUser_rightTotpCode_reports3201AndConsumesNoAttempt() {
        unlinkAlice();

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).errorCode())
                .isEqualTo(ErrorCode.CLIENT_NOT_LINKED);

        assertThat(attemptsToday()).isZero();
        assertThat(bsa.totpState().lastAcceptedStep(alice.key())).isEmpty();
    }

    @Test
    void givenSuspendedUser_rightTotpCode_isStillUsableAfterReactivation() {
        String code = phone.totpCode();
        bsa.changeStatus(alice, UserStatus.TEMPORARILY_SUSPENDED);
        bsa.website(shop).requestTotp(alice, code);
        bsa.changeStatus(alice, UserStatus.ACTIVE);

        assertThat(bsa.website(shop).requestTotp(alice, code).isSuccess()).isTrue();
    }

    @Test
    void givenSuspendedUser_otpCode_reports5006AndIsNotUsedUp() {
        String code = phone.issueOtp().value().code();
        bsa.changeStatus(alice, UserStatus.TEMPORARILY_SUSPENDED);

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.USER_TEMPORARILY_SUSPENDED);
        assertNothingWasStarted();

        bsa.changeStatus(alice, UserStatus.ACTIVE);
        assertThat(bsa.website(shop).requestOtp(code).isSuccess()).isTrue();
    }

    @Test
    void givenUnlinkedUser_otpCode_reports3201AndIsNotUsedUp() {
        String code = phone.issueOtp().value().code();
        unlinkAlice();

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_LINKED);
        assertNothingWasStarted();

        bsa.link(alice, shop);
        assertThat(bsa.website(shop).requestOtp(code).isSuccess()).isTrue();
    }

    @Test
    void givenSuspendedUser_push_reports5006AndSendsNoPush() {
        bsa.changeStatus(alice, UserStatus.TEMPORARILY_SUSPENDED);

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.USER_TEMPORARILY_SUSPENDED);

        assertNothingWasStarted();
    }

    @Test
    void givenUnlinkedUser_push_reports3201AndSendsNoPush() {
        unlinkAlice();

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_LINKED);

        assertNothingWasStarted();
    }

    @Test
    void givenWithdrawnUser_push_reports5008AndSendsNoPush() {
        bsa.changeStatus(alice, UserStatus.WITHDRAWN);

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.USER_WITHDRAWN);

        assertNothingWasStarted();
    }
}
