package dev.bsa.client;

import static dev.bsa.client.Simulators.PROMPTLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@BsaSimulatorTest
class QrLoginTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void qrScannedAndApprovedOnThePhone_givesTokensAfterEveryStatus(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            BsaDevice phone = Simulators.phoneOf(simulator, "alice");

            bsa.requestQrCallback(login.onQr(), login.onSuccess(), login.onError());
            QrCode qr = login.awaitQr(PROMPTLY);
            assertThat(Arrays.copyOf(qr.png(), 4)).isEqualTo(PNG_SIGNATURE);
            QrScan scan = phone.scanQr(qr.payload());
            phone.approve(scan.sessionId());

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .containsExactly(
                            "qr",
                            "status:RequestAuth",
                            "status:CreateChannel",
                            "status:SelectNodes",
                            "status:StartAuth",
                            "status:StartVerificationOfNodes",
                            "status:CompleteVerificationOfNodes",
                            "status:AuthCompleted",
                            "success");
        }
    }

    @Test
    void futures_requestQr_completesWithTokens(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            BsaDevice phone = Simulators.phoneOf(simulator, "alice");
            CompletableFuture<QrCode> shown = new CompletableFuture<>();

            CompletableFuture<Tokens> tokens = bsa.futures().requestQr(shown::complete);
            QrScan scan = phone.scanQr(
                    shown.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).payload());
            phone.approve(scan.sessionId());

            assertThat(tokens.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).accessToken())
                    .isNotBlank();
        }
    }

    @Test
    void onQrCancel_givesTheRequest5011_andNothingToTheCancelCallback(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder().listenTo(bsa);
            LoginRecorder cancel = new LoginRecorder();
            bsa.requestQrCallback(login.onQr(), login.onSuccess(), login.onError());
            QrCode qr = login.awaitQr(PROMPTLY);
            login.awaitStatus("CreateChannel", PROMPTLY);

            bsa.onQrCancel(qr.qrId(), cancel.onCancelError());

            login.awaitEnd(PROMPTLY);
            assertThat(login.eventsWithoutTimer())
                    .endsWith("status:RequestCancel", "status:AuthCanceled", "error:5011");
            Thread.sleep(300);
            assertThat(cancel.events()).isEmpty();
        }
    }

    @Test
    void qrOpenedByACameraApp_reachesOnErrorWith5024(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder();
            bsa.requestQrCallback(login.onQr(), login.onSuccess(), login.onError());
            QrCode qr = login.awaitQr(PROMPTLY);

            HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(qr.payload())).build(), BodyHandlers.discarding());

            assertThat(login.awaitEnd(PROMPTLY).errorCode()).isEqualTo(5024);
        }
    }

    @Test
    void scanningAUsedQrCode_isRefusedWith5023(SimulatorHandle simulator) throws Exception {
        try (Bsa bsa = Simulators.bsa(simulator)) {
            LoginRecorder login = new LoginRecorder();
            bsa.requestQrCallback(login.onQr(), login.onSuccess(), login.onError());
            QrCode qr = login.awaitQr(PROMPTLY);
            Simulators.phoneOf(simulator, "alice").scanQr(qr.payload());

            assertThatThrownBy(() -> Simulators.phoneOf(simulator, "bob").scanQr(qr.payload()))
                    .isInstanceOfSatisfying(
                            BsaException.class,
                            failure -> assertThat(failure.code()).isEqualTo(5023));
        }
    }
}
