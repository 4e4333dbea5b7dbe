package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.testing.TestBsa;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule: when the channel cannot be opened (5015) or the push cannot be sent (5017) the login ends in
 * AuthFailed with that code, the website is told so, and the user is free to try again.
 */
class GatewayFaultRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
    }

    private AuthSession onlySession() {
        assertThat(bsa.sessions().findRecent(10)).hasSize(1);
        return bsa.sessions().findRecent(1).get(0);
    }

    @Test
    void givenPushFault_requestPush_reports5017AndFailsTheLogin() {
        bsa.push().failNext(1);

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.PUSH_FAILED);

        AuthSession failed = onlySession();
        assertThat(failed.status()).isEqualTo(AuthStatus.AUTH_FAILED);
        assertThat(failed.error()).contains(ErrorCode.PUSH_FAILED);
        assertThat(bsa.publisher().statusesOf(failed.id()))
                .containsExactly("RequestAuth", "CreateChannel", "SelectNodes", "AuthFailed");
    }

    @Test
    void givenPushFault_requestOtp_reports5017AndFailsTheLogin() {
        String code = bsa.phone(alice).issueOtp().value().code();
        bsa.push().failNext(1);

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.PUSH_FAILED);

        assertThat(onlySession().error()).contains(ErrorCode.PUSH_FAILED);
    }

    @Test
    void givenPushFaultOnce_nextPush_isAccepted() {
        bsa.push().failNext(1);
        bsa.website(shop).requestPush(alice);

        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
        assertThat(bsa.push().sent()).hasSize(1);
    }

    @Test
    void givenChannelFault_requestPush_reports5015AndSendsNoPush() {
        bsa.channels().failNext(1);

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.CHANNEL_CREATION_FAILED);

        AuthSession failed = onlySession();
        assertThat(failed.error()).contains(ErrorCode.CHANNEL_CREATION_FAILED);
        assertThat(bsa.publisher().statusesOf(failed.id())).containsExactly("RequestAuth", "AuthFailed");
        assertThat(bsa.push().sent()).isEmpty();
        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
    }

    @Test
    void givenChannelFault_requestOtp_reports5015() {
        String code = bsa.phone(alice).issueOtp().value().code();
        bsa.channels().failNext(1);

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.CHANNEL_CREATION_FAILED);
        assertThat(bsa.push().sent()).isEmpty();
    }

    @Test
    void givenChannelFault_requestQr_reports5015AndFailsTheLogin() {
        bsa.channels().failNext(1);

        assertThat(bsa.website(shop).requestQr().errorCode()).isEqualTo(ErrorCode.CHANNEL_CREATION_FAILED);

        assertThat(onlySession().status()).isEqualTo(AuthStatus.AUTH_FAILED);
        assertThat(onlySession().error()).contains(ErrorCode.CHANNEL_CREATION_FAILED);
    }
}
