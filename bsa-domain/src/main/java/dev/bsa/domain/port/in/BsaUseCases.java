package dev.bsa.domain.port.in;

import java.util.Objects;

/**
 * Every use case of the domain in one piece, as the entry adapters (HTTP, WebSocket, the simulated
 * phones) and the tests receive them; {@code BsaServices.wire} assembles them over one set of driven ports.
 *
 * @param requestPush   push login
 * @param requestOtp    OTP login
 * @param requestTotp   TOTP login
 * @param requestQr     QR login
 * @param scanQr        QR scans
 * @param cancel        cancels
 * @param deviceStart   the phone opens a request
 * @param deviceApprove the phone approves
 * @param deviceReject  the phone rejects
 * @param issueAppOtp   the app issues an OTP code
 * @param currentTotp   the app shows its TOTP code
 * @param expireDue     the deadline sweeper
 * @param queries       status polls and the phone's inbox
 */
public record BsaUseCases(
        RequestPushUseCase requestPush,
        RequestOtpUseCase requestOtp,
        RequestTotpUseCase requestTotp,
        RequestQrUseCase requestQr,
        ScanQrUseCase scanQr,
        CancelUseCase cancel,
        DeviceStartUseCase deviceStart,
        DeviceApproveUseCase deviceApprove,
        DeviceRejectUseCase deviceReject,
        IssueAppOtpUseCase issueAppOtp,
        CurrentTotpQuery currentTotp,
        ExpireDueSessionsUseCase expireDue,
        SessionQueries queries) {

    public BsaUseCases {
        Objects.requireNonNull(requestPush, "requestPush");
        Objects.requireNonNull(requestOtp, "requestOtp");
        Objects.requireNonNull(requestTotp, "requestTotp");
        Objects.requireNonNull(requestQr, "requestQr");
        Objects.requireNonNull(scanQr, "scanQr");
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(deviceStart, "deviceStart");
        Objects.requireNonNull(deviceApprove, "deviceApprove");
        Objects.requireNonNull(deviceReject, "deviceReject");
        Objects.requireNonNull(issueAppOtp, "issueAppOtp");
        Objects.requireNonNull(currentTotp, "currentTotp");
        Objects.requireNonNull(expireDue, "expireDue");
        Objects.requireNonNull(queries, "queries");
    }
}
