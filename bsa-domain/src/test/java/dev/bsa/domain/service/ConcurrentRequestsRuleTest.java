package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Concurrently;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule: the one-live-session, single-use and replay rules hold when many requests arrive at once. */
class ConcurrentRequestsRuleTest {

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

    private static List<ErrorCode> refusals(List<? extends Result<?>> results) {
        return results.stream()
                .filter(result -> !result.isSuccess())
                .map(Result::errorCode)
                .toList();
    }

    @Test
    void givenTwentySimultaneousPushRequestsForOneUser_exactlyOneStartsAndTheOthersGet2010() {
        List<Result<SessionStarted>> results =
                Concurrently.run(20, thread -> bsa.website(shop).requestPush(alice));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
        assertThat(refusals(results)).hasSize(19).containsOnly(ErrorCode.AUTH_IN_PROGRESS);
        assertThat(bsa.push().sent()).hasSize(1);
    }

    @Test
    void givenTwentySimultaneousRequestsWithOneAppCode_exactlyOneStarts() {
        String code = phone.issueOtp().value().code();

        List<Result<SessionStarted>> results =
                Concurrently.run(20, thread -> bsa.website(shop).requestOtp(code));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
        assertThat(refusals(results))
                .hasSize(19)
                .allMatch(refusal ->
                        refusal == ErrorCode.CODE_VERIFICATION_FAILED || refusal == ErrorCode.AUTH_IN_PROGRESS);
        assertThat(bsa.sessions().findRecent(100)).hasSize(1);
    }

    @Test
    void givenTwentySimultaneousTotpRequestsWithOneRightCode_exactlyOneLogsIn() {
        String code = phone.totpCode();

        List<Result<?>> results =
                Concurrently.run(20, thread -> bsa.website(shop).requestTotp(alice, code));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
        assertThat(refusals(results))
                .hasSize(19)
                .allMatch(refusal -> refusal == ErrorCode.CODE_VERIFICATION_FAILED
                        || refusal == ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED);
        assertThat(bsa.ports().tokens().issued()).hasSize(1);
    }

    @Test
    void givenTenSimultaneousApprovals_theLoginCompletesOnceWithOneSetOfTokens() {
        SessionStarted started = bsa.website(shop).requestPush(alice).value();

        List<Result<AuthSession>> results = Concurrently.run(10, thread -> phone.approve(started));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
        assertThat(refusals(results)).hasSize(9).containsOnly(ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(bsa.session(started.session()).status()).isEqualTo(AuthStatus.AUTH_COMPLETED);
        assertThat(bsa.publisher().statusesOf(started.session())).containsOnlyOnce("AuthCompleted");
    }

    @Test
    void givenTwentyUsersScanningOneQrCodeAtOnce_exactlyOneIsBound() {
        SessionStarted qr = bsa.website(shop).requestQr().value();
        List<Phone> phones = IntStream.range(0, 20)
                .mapToObj(thread -> bsa.phone(bsa.givenLinkedUser("user" + thread, shop)))
                .toList();

        List<Result<AuthSession>> results =
                Concurrently.run(20, thread -> phones.get(thread).scan(qr));

        assertThat(results).filteredOn(Result::isSuccess).hasSize(1);
        assertThat(refusals(results)).hasSize(19).isSubsetOf(ErrorCode.INVALID_QR, ErrorCode.NO_AUTH_IN_PROGRESS);
        assertThat(bsa.session(qr.session()).status()).isEqualTo(AuthStatus.START_AUTH);
    }
}
