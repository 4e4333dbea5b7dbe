package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AppOtpRules;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule: the codes the app issues for OTP login have 6 digits, are single use, valid 60 s, bound to
 * the user who generated them, replaced by the user's next code, and unique among valid codes.
 */
class AppOtpCodeRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClient("shop", AuthMethod.OTP);
        alice = bsa.givenLinkedUser("alice", shop);
    }

    private String issueFor(User user) {
        return bsa.phone(user).issueOtp().value().code();
    }

    @Test
    void issuedCode_hasSixDigitsAndIsValidForSixtySeconds() {
        AppOtpCode code = bsa.phone(alice).issueOtp().value();

        assertThat(code.code()).matches("[0-9]{6}");
        assertThat(code.user()).isEqualTo(alice.key());
        assertThat(code.issuedAt()).isEqualTo(TestBsa.START);
        assertThat(code.expiresAt()).isEqualTo(TestBsa.START.plusSeconds(60));
    }

    @Test
    void givenEightDigitsAndThirtySecondsConfigured_issuedCode_followsTheSettings() {
        bsa.changeSettings(settings -> settings.withAppOtp(new AppOtpRules(8, Duration.ofSeconds(30))));

        AppOtpCode code = bsa.phone(alice).issueOtp().value();

        assertThat(code.code()).matches("[0-9]{8}");
        assertThat(code.expiresAt()).isEqualTo(TestBsa.START.plusSeconds(30));
    }

    @Test
    void givenAlicesCode_requestOtp_logsInAliceAndPushesToHerPhone() {
        User bob = bsa.givenLinkedUser("bob", shop);
        issueFor(bob);

        SessionStarted started = bsa.website(shop).requestOtp(issueFor(alice)).value();

        assertThat(bsa.session(started.session()).user()).contains(alice.key());
        assertThat(bsa.push().sent()).singleElement().satisfies(push -> {
            assertThat(push.user()).isEqualTo(alice.key());
            assertThat(push.method()).isEqualTo(AuthMethod.OTP);
        });
    }

    @Test
    void givenUsedCode_usingItAgain_reports3005() {
        String code = issueFor(alice);
        SessionStarted started = bsa.website(shop).requestOtp(code).value();
        bsa.phone(alice).reject(started).value();

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenCodeFiftyNineSecondsOld_requestOtp_isAccepted() {
        String code = issueFor(alice);
        bsa.clock().advance(Duration.ofSeconds(59));

        assertThat(bsa.website(shop).requestOtp(code).isSuccess()).isTrue();
    }

    @Test
    void givenCodeSixtySecondsOld_requestOtp_reports3005() {
        String code = issueFor(alice);
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
        assertThat(bsa.push().sent()).isEmpty();
    }

    @Test
    void givenNewCodeIssued_previousCode_reports3005AndTheNewOneWorks() {
        bsa.keys().enqueueDigits("111111", "222222");
        String old = issueFor(alice);
        String replacement = issueFor(alice);

        assertThat(bsa.website(shop).requestOtp(old).errorCode()).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
        assertThat(bsa.website(shop).requestOtp(replacement).isSuccess()).isTrue();
    }

    @Test
    void givenSameDigitsDrawnForAnotherUser_issue_drawsAgainAndBothCodesLogInTheirOwner() {
        User bob = bsa.givenLinkedUser("bob", shop);
        bsa.keys().enqueueDigits("111111", "111111", "222222");

        String alicesCode = issueFor(alice);
        String bobsCode = issueFor(bob);

        assertThat(alicesCode).isEqualTo("111111");
        assertThat(bobsCode).isEqualTo("222222");
        assertThat(bsa.session(bsa.website(shop).requestOtp("111111").value().session())
                        .user())
                .contains(alice.key());
        assertThat(bsa.session(bsa.website(shop).requestOtp("222222").value().session())
                        .user())
                .contains(bob.key());
    }

    @Test
    void givenSameDigitsOfAnExpiredCode_issue_reusesThem() {
        User bob = bsa.givenLinkedUser("bob", shop);
        bsa.keys().enqueueDigits("111111", "111111");
        issueFor(alice);
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(issueFor(bob)).isEqualTo("111111");
        assertThat(bsa.session(bsa.website(shop).requestOtp("111111").value().session())
                        .user())
                .contains(bob.key());
    }

    @Test
    void givenCodeNobodyIssued_requestOtp_reports3005() {
        bsa.keys().enqueueDigits("111111");
        issueFor(alice);

        assertThat(bsa.website(shop).requestOtp("999999").errorCode()).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenExpiredCodes_expireDue_removesThem() {
        String code = issueFor(alice);
        bsa.clock().advance(Duration.ofSeconds(60));

        bsa.services().expireDue().expireDue();

        assertThat(bsa.appOtpCodes().find(code)).isEmpty();
    }
}
