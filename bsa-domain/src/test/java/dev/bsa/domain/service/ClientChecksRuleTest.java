package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.TestBsa;
import dev.bsa.domain.testing.Website;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: every website request names a registered client (2000 otherwise, before anything else), and
 * the client's login types must include the method (3301 otherwise, before any user check).
 */
class ClientChecksRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;
    private SessionStarted live;

    @BeforeEach
    void aliceHasALiveLoginAtTheShop() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
        live = bsa.website(shop).requestQr().value();
    }

    static Stream<Arguments> everyWebsiteRequest() {
        return Stream.of(
                request("requestPush", site -> site.requestPush("alice")),
                request("requestOtp", site -> site.requestOtp("123456")),
                request("requestTotp", site -> site.requestTotp("alice", "123456")),
                request("requestQr", Website::requestQr),
                request("cancelByUser", site -> site.cancelUser("alice")),
                request("cancelByChannel", site -> site.cancelChannel("0".repeat(32))),
                request("statusByChannel", site -> site.statusOfChannel("0".repeat(32))));
    }

    private static Arguments request(String name, Function<Website, Result<?>> call) {
        return Arguments.of(name, call);
    }

    private Website siteWithKey(String key) {
        return new Website(bsa.services(), new ClientKey(key));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWebsiteRequest")
    void givenUnknownClientKey_everyWebsiteRequest_reports2000(String name, Function<Website, Result<?>> call) {
        assertThat(call.apply(siteWithKey("unknown-shop")).errorCode()).isEqualTo(ErrorCode.INVALID_CLIENT_KEY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWebsiteRequest")
    void givenDeletedClient_everyWebsiteRequest_reports2000(String name, Function<Website, Result<?>> call) {
        bsa.ports().clients().delete(shop.key());

        assertThat(call.apply(bsa.website(shop)).errorCode()).isEqualTo(ErrorCode.INVALID_CLIENT_KEY);
    }

    @Test
    void givenUnknownClientKey_statusOfAnotherSitesLiveChannel_reports2000() {
        assertThat(siteWithKey("unknown-shop").status(live).errorCode()).isEqualTo(ErrorCode.INVALID_CLIENT_KEY);
    }

    @Test
    void givenUnknownClientAndMalformedUserKey_requestPush_reports2000First() {
        assertThat(siteWithKey("unknown-shop").requestPush("not a key!").errorCode())
                .isEqualTo(ErrorCode.INVALID_CLIENT_KEY);
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void givenClientWhoseLoginTypesLackTheMethod_request_reports3301(AuthMethod method) {
        EnumSet<AuthMethod> others = EnumSet.complementOf(EnumSet.of(method));
        Client partial = bsa.givenClient("partial", others.toArray(AuthMethod[]::new));
        bsa.link(alice, partial);

        assertThat(requestWith(partial, method).errorCode()).isEqualTo(ErrorCode.LOGIN_TYPE_NOT_CONFIGURED);
        assertThat(bsa.push().sent()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void givenClientWithoutAnyLoginType_request_reports3301(AuthMethod method) {
        Client bare = bsa.givenClient("bare");
        bsa.link(alice, bare);

        assertThat(requestWith(bare, method).errorCode()).isEqualTo(ErrorCode.LOGIN_TYPE_NOT_CONFIGURED);
    }

    @Test
    void givenClientWithoutPushAndUnregisteredUser_requestPush_reports3301BeforeTheUserCheck() {
        Client totpOnly = bsa.givenClient("totp-only", AuthMethod.TOTP);

        assertThat(bsa.website(totpOnly).requestPush("ghost").errorCode())
                .isEqualTo(ErrorCode.LOGIN_TYPE_NOT_CONFIGURED);
    }

    @Test
    void givenClientWithoutOtp_validAppCode_reports3301AndKeepsTheCode() {
        Client pushOnly = bsa.givenClient("push-only", AuthMethod.PUSH);
        bsa.link(alice, pushOnly);
        String code = bsa.phone(alice).issueOtp().value().code();

        assertThat(bsa.website(pushOnly).requestOtp(code).errorCode()).isEqualTo(ErrorCode.LOGIN_TYPE_NOT_CONFIGURED);
        assertThat(bsa.appOtpCodes().find(code)).isPresent();
    }

    private Result<?> requestWith(Client client, AuthMethod method) {
        Website site = bsa.website(client);
        return switch (method) {
            case PUSH -> site.requestPush(alice);
            case OTP -> site.requestOtp(bsa.phone(alice).issueOtp().value().code());
            case TOTP -> site.requestTotp(alice, bsa.phone(alice).totpCode());
            case QR -> site.requestQr();
        };
    }
}
