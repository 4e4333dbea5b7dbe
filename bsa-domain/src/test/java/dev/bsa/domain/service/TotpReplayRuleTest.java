package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule: a TOTP code is never accepted for a step at or before the last step accepted for that user (replay). */
class TotpReplayRuleTest {

    private final TestBsa bsa = new TestBsa(MutableClock.at(TestBsa.START.plusSeconds(30)));
    private Client shop;
    private User alice;
    private Phone phone;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClient("shop", AuthMethod.TOTP);
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
    }

    private ErrorCode rejectionOf(String code) {
        return bsa.website(shop).requestTotp(alice, code).errorCode();
    }

    @Test
    void givenCodeAccepted_sameCodeAgain_reports3005() {
        String code = phone.totpCode();
        bsa.website(shop).requestTotp(alice, code).value();

        assertThat(rejectionOf(code)).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenCodeAccepted_sameCodeTwentySecondsLaterInTheSameStep_reports3005() {
        String code = phone.totpCode();
        bsa.website(shop).requestTotp(alice, code).value();
        bsa.clock().advance(Duration.ofSeconds(20));

        assertThat(rejectionOf(code)).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenCodeAccepted_codeOfThePreviousStepStillInTheWindow_reports3005() {
        bsa.website(shop).requestTotp(alice, phone.totpCode()).value();

        assertThat(rejectionOf(phone.totpCodeStepsAway(-1))).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenNextStepsCodeAccepted_codeOfTheCurrentStep_reports3005() {
        bsa.website(shop).requestTotp(alice, phone.totpCodeStepsAway(1)).value();

        assertThat(rejectionOf(phone.totpCode())).isEqualTo(ErrorCode.CODE_VERIFICATION_FAILED);
    }

    @Test
    void givenCodeAccepted_codeOfTheNextStepAMinuteLater_isAccepted() {
        bsa.website(shop).requestTotp(alice, phone.totpCode()).value();
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(bsa.website(shop).requestTotp(alice, phone.totpCode()).isSuccess())
                .isTrue();
    }

    @Test
    void givenCodeAcceptedForAlice_bobsCodeOfTheSameStep_isAccepted() {
        User bob = bsa.givenLinkedUser("bob", shop);
        bsa.website(shop).requestTotp(alice, phone.totpCode()).value();

        assertThat(bsa.website(shop).requestTotp(bob, bsa.phone(bob).totpCode()).isSuccess())
                .isTrue();
    }
}
