package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;

/** Starts a QR login ({@code requestQrCallback}): the website draws the QR code, the app scans it. */
public interface RequestQrUseCase {

    /** Opens a session without a user, waiting for a scan. Rejections: 2000, 3301, 5015. */
    Result<SessionStarted> requestQr(RequestQrCommand command);

    /**
     * The website's request, as received.
     *
     * @param clientKey the client key header
     */
    record RequestQrCommand(String clientKey) {}
}
