package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import dev.bsa.domain.testing.Website;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule: a missing or malformed parameter is rejected with 2002 before it is looked up, whatever the
 * use case, and leaves nothing behind.
 */
class MalformedInputRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Website shop;
    private Phone phone;

    @BeforeEach
    void aliceIsLinkedToTheShop() {
        Client client = bsa.givenClientForEveryMethod("shop");
        User alice = bsa.givenLinkedUser("alice", client);
        shop = bsa.website(client);
        phone = bsa.phone(alice);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "alice bob",
                "alice'; DROP TABLE users;--",
                "' OR '1'='1",
                "앨리스",
                "álice",
                "alice\n",
                "alice\u0000"
            })
    void givenMalformedUserKey_pushTotpAndCancel_report2002(String userKey) {
        assertThat(shop.requestPush(userKey).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(shop.requestTotp(userKey, "123456").errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(shop.cancelUser(userKey).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(bsa.sessions().findRecent(1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 257, 10_000})
    void givenOversizedUserKey_push_reports2002(int length) {
        assertThat(shop.requestPush("a".repeat(length)).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "12a456", "12 456", "-12345", "１２３４５６", "12345678901", "1' OR '1'='1"})
    void givenMalformedCode_otpAndTotp_report2002(String code) {
        assertThat(shop.requestOtp(code).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(shop.requestTotp("alice", code).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(bsa.totpState().attempts(new UserKey("alice"), LocalDate.of(2026, 1, 15)))
                .isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "xyz",
                "ABCDEF0123456789ABCDEF0123456789",
                "0123456789abcdef0123456789abcde",
                "0123456789abcdef0123456789abcdef0",
                "' OR '1'='1"
            })
    void givenMalformedChannelKey_cancelAndStatus_report2002(String channelKey) {
        assertThat(shop.cancelChannel(channelKey).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(shop.statusOfChannel(channelKey).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "xyz", "ABCDEF0123456789ABCDEF0123456789", "' OR '1'='1"})
    void givenMalformedSessionId_phoneAnswers_report2002(String sessionId) {
        assertThat(phone.startSession(sessionId).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(phone.approveSession(sessionId).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(phone.rejectSession(sessionId).errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
    }
}
