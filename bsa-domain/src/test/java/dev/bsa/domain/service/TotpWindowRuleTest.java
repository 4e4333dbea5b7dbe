package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule: a TOTP code (60 s steps) is accepted for the current step and one step either side, not two. */
class TotpWindowRuleTest {

    /** Half-way through the 60 s step that starts at {@link TestBsa#START}. */
    private static final Instant MID_STEP = TestBsa.START.plusSeconds(30);

    private final TestBsa bsa = new TestBsa(MutableClock.at(MID_STEP));
    private Client shop;
    private User alice;
    private Phone phone;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClient("shop", AuthMethod.TOTP);
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
    }

    private void assertAcceptedForStepStarting(Instant stepStart) {
        assertThat(bsa.totpState().lastAcceptedStep(alice.key())).contains(stepStart);
    }

    @Test
    void givenCodeOfTheCurrentStep_requestTotp_issuesTokens() {
        var login = bsa.website(shop).requestTotp(alice, phone.totpCode()).value();

        assertThat(login.tokens().accessToken()).isEqualTo("access-" + login.session() + "-1");
        assertAcceptedForStepStarting(TestBsa.START);
    }

    @Test
    void givenCodeOneStepEarly_requestTotp_isAccepted() {
        assertThat(bsa.website(shop)
                        .requestTotp(alice, phone.totpCodeStepsAway(-1))
                        .isSuccess())
                .isTrue();

        assertAcceptedForStepStarting(TestBsa.START.minusSeconds(60));
    }

    @Test
    void givenCodeOneStepLate_requestTotp_isAccepted() {
        assertThat(bsa.website(shop)
                        .requestTotp(alice, phone.totpCodeStepsAway(1))
                        .isSuccess())
                .isTrue();

        assertAcceptedForStepStarting(TestBsa.START.plusSeconds(60));
    }

    @Test
    void givenCodeTwoStepsEarly_requestTotp_reports3005() {
        assertThat(bsa.website(shop)
                        .requestTotp(alice, phone.totpCodeStepsAway(-2))
                        .errorCode())
                .isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);

        assertThat(bsa.totpState().lastAcceptedStep(alice.key())).isEmpty();
    }

    @Test
    void givenCodeTwoStepsLate_requestTotp_reports3005() {
        assertThat(bsa.website(shop)
                        .requestTotp(alice, phone.totpCodeStepsAway(2))
                        .errorCode())
                .isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenLastSecondOfTheStep_codeOfTheNextStep_isAccepted() {
        bsa.clock().set(TestBsa.START.plusSeconds(59));

        assertThat(bsa.website(shop)
                        .requestTotp(alice, phone.totpCodeAt(TestBsa.START.plusSeconds(60)))
                        .isSuccess())
                .isTrue();
    }

    @Test
    void givenWindowZero_codeOneStepEarly_reports3005ButTheCurrentCodeIsAccepted() {
        bsa.changeSettings(settings -> settings.withTotp(settings.totp().withWindow(0)));

        assertThat(bsa.website(shop)
                        .requestTotp(alice, phone.totpCodeStepsAway(-1))
                        .errorCode())
                .isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).isSuccess())
                .isTrue();
    }

    @Test
    void givenWrongDigits_requestTotp_reports3005AndEndsTheRecordedAttemptInAuthFailed() {
        var rejected = bsa.website(shop).requestTotp(alice, phone.wrongTotpCode());

        assertThat(rejected.errorCode()).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
        assertThat(bsa.sessions().findRecent(1)).singleElement().satisfies(attempt -> {
            assertThat(attempt.method()).isEqualTo(AuthMethod.TOTP);
            assertThat(attempt.error()).contains(ErrorCode.CODE_VERIFICATION_FAILED);
            assertThat(attempt.isLive()).isFalse();
        });
    }

    @Test
    void givenDigitsOfTheWrongLength_requestTotp_reports3005() {
        String current = phone.totpCode();

        assertThat(bsa.website(shop).requestTotp(alice, current.substring(1)).errorCode())
                .isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
        assertThat(bsa.website(shop).requestTotp(alice, current + "0").errorCode())
                .isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }
}
