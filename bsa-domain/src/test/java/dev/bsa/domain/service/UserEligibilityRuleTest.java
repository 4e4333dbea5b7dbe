package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.testing.TestBsa;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: only a registered, active user linked to the website, with a phone (or a TOTP secret for
 * TOTP), may log in: 2008 unregistered or no device/secret, 5005–5008 by status, 3201 unlinked.
 */
class UserEligibilityRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;

    @BeforeEach
    void theShopAllowsEveryMethod() {
        shop = bsa.givenClientForEveryMethod("shop");
    }

    /** The code a login of {@code user} with {@code method} is refused with (the app code issued while active). */
    private ErrorCode refusal(User user, AuthMethod method, UserStatus status) {
        String appCode = bsa.phone(user).issueOtp().value().code();
        String totpCode = bsa.phone(user).totpCode();
        bsa.changeStatus(user, status);
        return switch (method) {
            case PUSH -> bsa.website(shop).requestPush(user).errorCode();
            case OTP -> bsa.website(shop).requestOtp(appCode).errorCode();
            case TOTP -> bsa.website(shop).requestTotp(user, totpCode).errorCode();
            case QR ->
                bsa.phone(user).scan(bsa.website(shop).requestQr().value()).errorCode();
        };
    }

    static Stream<Arguments> blockedStatusesAndMethods() {
        return Stream.of(
                        Arguments.of(UserStatus.UNAPPROVED, 5005), Arguments.of(UserStatus.TEMPORARILY_SUSPENDED, 5006),
                        Arguments.of(UserStatus.PERMANENTLY_SUSPENDED, 5007), Arguments.of(UserStatus.WITHDRAWN, 5008))
                .flatMap(row -> Arrays.stream(AuthMethod.values())
                        .map(method -> Arguments.of(row.get()[0], row.get()[1], method)));
    }

    @ParameterizedTest(name = "{0} user, {2} login -> {1}")
    @MethodSource("blockedStatusesAndMethods")
    void givenBlockedUser_everyMethod_reportsTheStatusCode(UserStatus status, int expectedCode, AuthMethod method) {
        User alice = bsa.givenLinkedUser("alice", shop);

        assertThat(refusal(alice, method, status).code()).isEqualTo(expectedCode);
    }

    @ParameterizedTest
    @EnumSource(value = UserStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void givenBlockedUser_issueAppOtp_reportsTheStatusCode(UserStatus status) {
        User alice = bsa.givenUser("alice", status);

        assertThat(bsa.phone(alice).issueOtp().errorCode())
                .isEqualTo(status.blockedWith().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void givenActiveLinkedUser_everyMethod_isAccepted(AuthMethod method) {
        User alice = bsa.givenLinkedUser("alice", shop);

        assertThat(refusalOrNull(alice, method)).isNull();
    }

    private ErrorCode refusalOrNull(User user, AuthMethod method) {
        var result = switch (method) {
            case PUSH -> bsa.website(shop).requestPush(user);
            case OTP ->
                bsa.website(shop).requestOtp(bsa.phone(user).issueOtp().value().code());
            case TOTP -> bsa.website(shop).requestTotp(user, bsa.phone(user).totpCode());
            case QR -> bsa.phone(user).scan(bsa.website(shop).requestQr().value());
        };
        return result.isSuccess() ? null : result.errorCode();
    }

    @ParameterizedTest
    @EnumSource(
            value = AuthMethod.class,
            names = {"PUSH", "TOTP"})
    void givenUnregisteredUser_pushOrTotp_reports2008(AuthMethod method) {
        var result = method == AuthMethod.PUSH
                ? bsa.website(shop).requestPush("ghost")
                : bsa.website(shop).requestTotp("ghost", "123456");

        assertThat(result.errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
    }

    @Test
    void givenUnregisteredUser_issueAppOtpAndQrScan_report2008() {
        User ghost = User.active(new UserKey("ghost"), TestBsa.secretOf("ghost"));

        assertThat(bsa.phone(ghost).issueOtp().errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
        assertThat(bsa.phone(ghost).scan(bsa.website(shop).requestQr().value()).errorCode())
                .isEqualTo(ErrorCode.UNREGISTERED_USER);
    }

    @Test
    void givenUserWithoutDevice_pushAndIssueAppOtp_report2008() {
        User alice = bsa.givenUserWithoutDevice("alice");
        bsa.link(alice, shop);

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
        assertThat(bsa.phone(alice).issueOtp().errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
        assertThat(bsa.push().sent()).isEmpty();
    }

    @Test
    void givenUserWhoseDeviceWasRemovedAfterIssuingACode_requestOtp_reports2008() {
        User alice = bsa.givenLinkedUser("alice", shop);
        String code = bsa.phone(alice).issueOtp().value().code();
        bsa.ports().users().save(alice.withDeviceRegistered(false));

        assertThat(bsa.website(shop).requestOtp(code).errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
    }

    @Test
    void givenUserWithoutTotpSecret_requestTotp_reports2008ButPushWorks() {
        User alice = bsa.givenUserWithoutTotpSecret("alice");
        bsa.link(alice, shop);

        assertThat(bsa.website(shop).requestTotp(alice, "123456").errorCode()).isEqualTo(ErrorCode.UNREGISTERED_USER);
        assertThat(bsa.website(shop).requestPush(alice).isSuccess()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void givenUnlinkedUser_everyMethod_reports3201(AuthMethod method) {
        User alice = bsa.givenActiveUser("alice");

        assertThat(refusalOrNull(alice, method)).isEqualTo(ErrorCode.CLIENT_NOT_LINKED);
    }

    @Test
    void givenSuspendedAndUnlinkedUser_push_reportsTheStatusFirst() {
        User alice = bsa.givenUser("alice", UserStatus.PERMANENTLY_SUSPENDED);

        assertThat(bsa.website(shop).requestPush(alice).errorCode()).isEqualTo(ErrorCode.USER_PERMANENTLY_SUSPENDED);
    }
}
