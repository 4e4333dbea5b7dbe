package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.CurrentTotpQuery.TotpCode;
import dev.bsa.domain.testing.MutableClock;
import dev.bsa.domain.testing.TestBsa;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule: the app's TOTP screen shows the code of the current 60 s step and the whole seconds until the next one. */
class CurrentTotpCodeRuleTest {

    private final TestBsa bsa = new TestBsa(MutableClock.at(TestBsa.START.plusSeconds(42)));
    private Client shop;
    private User alice;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClient("shop", AuthMethod.TOTP);
        alice = bsa.givenLinkedUser("alice", shop);
    }

    @Test
    void givenFortyTwoSecondsIntoTheStep_currentCode_isTheStepsCodeWithEighteenSecondsLeft() {
        TotpCode shown = bsa.services().currentTotp().currentCode(alice.key()).value();

        assertThat(shown.code())
                .isEqualTo(bsa.phone(alice).totpCodeAt(TestBsa.START))
                .matches("[0-9]{6}");
        assertThat(shown.stepStart()).isEqualTo(TestBsa.START);
        assertThat(shown.remainingSeconds()).isEqualTo(18);
    }

    @Test
    void givenStepBoundary_currentCode_hasTheFullStepLeft() {
        bsa.clock().set(TestBsa.START.plusSeconds(60));

        TotpCode shown = bsa.services().currentTotp().currentCode(alice.key()).value();

        assertThat(shown.stepStart()).isEqualTo(TestBsa.START.plusSeconds(60));
        assertThat(shown.remainingSeconds()).isEqualTo(60);
    }

    @Test
    void givenShownCode_requestTotp_acceptsIt() {
        String shown =
                bsa.services().currentTotp().currentCode(alice.key()).value().code();

        assertThat(bsa.website(shop).requestTotp(alice, shown).isSuccess()).isTrue();
    }

    @Test
    void givenUnregisteredUserOrNoSecret_currentCode_reports2008() {
        User bob = bsa.givenUserWithoutTotpSecret("bob");

        assertThat(bsa.services()
                        .currentTotp()
                        .currentCode(new UserKey("ghost"))
                        .errorCode())
                .isEqualTo(ErrorCode.UNREGISTERED_USER);
        assertThat(bsa.services().currentTotp().currentCode(bob.key()).errorCode())
                .isEqualTo(ErrorCode.UNREGISTERED_USER);
    }
}
