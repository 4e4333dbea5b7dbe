package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.UserKey;

/** The phone's side of a QR login: a scan by the BSA app binds its user to the waiting session. */
public interface ScanQrUseCase {

    /**
     * The app of {@code command.user()} scanned the QR code. Rejections: 2002, 5023 (unknown,
     * expired or already scanned), 5001; the user checks (2008, 5005–5008, 3201, 2010) reject the
     * scan and fail the website's session with the same code.
     */
    Result<AuthSession> scan(ScanQrCommand command);

    /**
     * Something other than the BSA app opened the QR code: the session fails with 5024.
     * Rejections: 5023 when there is no waiting session with this id.
     */
    Result<Done> scanOutsideApp(String qrId);

    /**
     * A scan by the app.
     *
     * @param user the user of the scanning phone (authenticated by its device token)
     * @param qrId the id read from the QR code
     */
    record ScanQrCommand(UserKey user, String qrId) {}
}
