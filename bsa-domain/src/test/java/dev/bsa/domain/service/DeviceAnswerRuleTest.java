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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule: only the session's own user answers it on the phone; rejecting fails it with 5010, approving
 * has the nodes verify (5022 on a fault) and completes it with tokens, opening it first if needed.
 */
class DeviceAnswerRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;
    private Phone phone;
    private SessionStarted started;

    @BeforeEach
    void aliceHasALivePushLogin() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
        started = bsa.website(shop).requestPush(alice).value();
    }

    private AuthSession session() {
        return bsa.session(started.session());
    }

    @Test
    void givenPushWaitingOnThePhone_pending_listsIt() {
        assertThat(phone.pending()).extracting(AuthSession::id).containsExactly(started.session());
        assertThat(bsa.push().sentTo(alice.key()))
                .singleElement()
                .satisfies(push -> assertThat(push.session()).isEqualTo(started.session()));
    }

    @Test
    void givenOpenedPush_reject_failsTheLoginWith5010() {
        phone.start(started).value();

        AuthSession rejected = phone.reject(started).value();

        assertThat(rejected.status()).isEqualTo(AuthStatus.AUTH_FAILED);
        assertThat(rejected.error()).contains(ErrorCode.AUTH_REJECTED);
        assertThat(bsa.publisher().statusesOf(started.session())).endsWith("StartAuth", "AuthFailed");
        assertThat(phone.pending()).isEmpty();
    }

    @Test
    void givenUnopenedPush_reject_failsTheLoginWith5010() {
        assertThat(phone.reject(started).value().error()).contains(ErrorCode.AUTH_REJECTED);
        assertThat(bsa.publisher().statusesOf(started.session())).endsWith("SelectNodes", "AuthFailed");
    }

    @Test
    void givenOpenedPush_approve_completesTheLoginWithTheIssuedTokens() {
        phone.start(started).value();

        AuthSession approved = phone.approve(started).value();

        assertThat(approved.status()).isEqualTo(AuthStatus.AUTH_COMPLETED);
        assertThat(approved.tokens()).contains(bsa.ports().tokens().issued().get(0));
        assertThat(bsa.nodes().verified()).containsExactly(started.session());
        assertThat(session()).isEqualTo(approved);
    }

    @Test
    void givenUnopenedPush_approve_storesTheWholeLoginInFourWrites() {
        phone.approve(started).value();

        // opened; CreateChannel + SelectNodes; StartAuth + StartVerificationOfNodes; the last two with the tokens.
        // Every status is still published, in order (givenUnopenedPush_approve_opensItFirst).
        assertThat(session().version()).isEqualTo(3);
    }

    @Test
    void givenUnopenedPush_approve_opensItFirst() {
        phone.approve(started).value();

        assertThat(bsa.publisher().statusesOf(started.session()))
                .containsExactly(
                        "RequestAuth",
                        "CreateChannel",
                        "SelectNodes",
                        "StartAuth",
                        "StartVerificationOfNodes",
                        "CompleteVerificationOfNodes",
                        "AuthCompleted");
    }

    @Test
    void givenBobsPhone_startApproveOrRejectAlicesLogin_reports2004AndChangesNothing() {
        Phone bobsPhone = bsa.phone(bsa.givenLinkedUser("bob", shop));

        assertThat(bobsPhone.start(started).errorCode()).isEqualTo(ErrorCode.CHANNEL_NOT_FOUND);
        assertThat(bobsPhone.approve(started).errorCode()).isEqualTo(ErrorCode.CHANNEL_NOT_FOUND);
        assertThat(bobsPhone.reject(started).errorCode()).isEqualTo(ErrorCode.CHANNEL_NOT_FOUND);

        assertThat(session().status()).isEqualTo(AuthStatus.SELECT_NODES);
    }

    @Test
    void givenUnknownSessionId_approve_reports2004() {
        assertThat(phone.approveSession("0".repeat(32)).errorCode()).isEqualTo(ErrorCode.CHANNEL_NOT_FOUND);
    }

    @Test
    void givenNodeFault_approve_reports5022AndFailsTheLoginWithoutTokens() {
        bsa.nodes().failNext(1);

        assertThat(phone.approve(started).errorCode()).isEqualTo(ErrorCode.NODE_VERIFICATION_FAILED);

        assertThat(session().status()).isEqualTo(AuthStatus.AUTH_FAILED);
        assertThat(session().error()).contains(ErrorCode.NODE_VERIFICATION_FAILED);
        assertThat(session().tokens()).isEmpty();
        assertThat(bsa.publisher().statusesOf(started.session())).endsWith("StartVerificationOfNodes", "AuthFailed");
    }

    @Test
    void givenCompletedLogin_approveAgain_reports5019AndIssuesNoMoreTokens() {
        phone.approve(started).value();

        assertThat(phone.approve(started).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(bsa.ports().tokens().issued()).hasSize(1);
    }

    @Test
    void givenOpenedPush_startAgain_reports5019() {
        phone.start(started).value();

        assertThat(phone.start(started).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
    }

    @Test
    void givenRejectedLogin_approve_reports5019() {
        phone.reject(started).value();

        assertThat(phone.approve(started).errorCode()).isEqualTo(ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(session().error()).contains(ErrorCode.AUTH_REJECTED);
    }
}
