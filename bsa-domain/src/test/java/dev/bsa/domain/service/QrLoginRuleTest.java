package dev.bsa.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.testing.Phone;
import dev.bsa.domain.testing.TestBsa;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule: a QR login waits without a user; one scan by the BSA app of an eligible user binds that user
 * (5023 for any other scan or id, 5024 outside the app); a refused scanner fails the login with the same code.
 */
class QrLoginRuleTest {

    private final TestBsa bsa = new TestBsa();
    private Client shop;
    private User alice;
    private Phone phone;
    private SessionStarted started;

    @BeforeEach
    void theShopShowsAQrCode() {
        shop = bsa.givenClientForEveryMethod("shop");
        alice = bsa.givenLinkedUser("alice", shop);
        phone = bsa.phone(alice);
        started = bsa.website(shop).requestQr().value();
    }

    private AuthSession session() {
        return bsa.session(started.session());
    }

    @Test
    void givenQrRequest_loginWaitsInCreateChannelWithoutAUser() {
        assertThat(started.qrId()).isPresent();
        assertThat(session().status()).isEqualTo(AuthStatus.CREATE_CHANNEL);
        assertThat(session().user()).isEmpty();
        assertThat(bsa.push().sent()).isEmpty();
    }

    @Test
    void givenScanByTheApp_bindsTheScanningUserAndWaitsForTheirAnswer() {
        AuthSession scanned = phone.scan(started).value();

        assertThat(scanned.user()).contains(alice.key());
        assertThat(scanned.status()).isEqualTo(AuthStatus.START_AUTH);
        assertThat(phone.pending()).extracting(AuthSession::id).containsExactly(started.session());
    }

    @Test
    void givenScannedQr_secondScan_reports5023AndKeepsTheFirstScanner() {
        phone.scan(started).value();
        Phone bobsPhone = bsa.phone(bsa.givenLinkedUser("bob", shop));

        assertThat(bobsPhone.scan(started).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
        assertThat(phone.scan(started).errorCode()).isEqualTo(ErrorCode.INVALID_QR);

        assertThat(session().user()).contains(alice.key());
        assertThat(session().isLive()).isTrue();
    }

    @Test
    void givenUnknownQrId_scan_reports5023() {
        assertThat(phone.scanQrId("0".repeat(32)).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not-a-qr-id", "ABCDEF0123456789ABCDEF0123456789", "' OR '1'='1"})
    void givenMalformedQrId_scan_reports5023(String qrId) {
        assertThat(phone.scanQrId(qrId).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
    }

    @Test
    void givenScanOutsideTheApp_loginFailsWith5024() {
        assertThat(phone.scanOutsideApp(started).isSuccess()).isTrue();

        AuthSession polled = bsa.website(shop).status(started).value();
        assertThat(polled.status()).isEqualTo(AuthStatus.AUTH_FAILED);
        assertThat(polled.error()).contains(ErrorCode.QR_NOT_FROM_APP);
        assertThat(phone.scan(started).errorCode()).isEqualTo(ErrorCode.INVALID_QR);
    }

    @Test
    void givenUnknownQrId_scanOutsideApp_reports5023() {
        assertThat(bsa.services().scanQr().scanOutsideApp("0".repeat(32)).errorCode())
                .isEqualTo(ErrorCode.INVALID_QR);
    }

    @Test
    void givenSuspendedScanner_scan_reports5006AndFailsTheLoginWith5006() {
        bsa.changeStatus(alice, UserStatus.TEMPORARILY_SUSPENDED);

        assertThat(phone.scan(started).errorCode()).isEqualTo(ErrorCode.USER_TEMPORARILY_SUSPENDED);

        assertThat(session().status()).isEqualTo(AuthStatus.AUTH_FAILED);
        assertThat(session().error()).contains(ErrorCode.USER_TEMPORARILY_SUSPENDED);
        assertThat(session().user()).isEmpty();
    }

    @Test
    void givenUnlinkedScanner_scan_reports3201AndFailsTheLogin() {
        bsa.ports().links().unlink(new Link(alice.key(), shop.key()));

        assertThat(phone.scan(started).errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_LINKED);

        assertThat(session().error()).contains(ErrorCode.CLIENT_NOT_LINKED);
    }

    @Test
    void givenExpiredQr_scan_reports5023AndTheLoginTimesOut() {
        bsa.clock().advance(Duration.ofSeconds(60));

        assertThat(phone.scan(started).errorCode()).isEqualTo(ErrorCode.INVALID_QR);

        assertThat(session().status()).isEqualTo(AuthStatus.AUTH_TIMEOUT);
    }

    @Test
    void givenScannedQr_userRejects_loginFailsWith5010() {
        phone.scan(started).value();

        assertThat(phone.reject(started).value().error()).contains(ErrorCode.AUTH_REJECTED);
    }
}
