package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;

/**
 * Cancels a live login for the website that started it ({@code onCancel}, {@code onOtpCancel},
 * {@code onQrCancel}). A successful cancel ends the session in {@code AuthCanceled} with 5011,
 * which the SDK reports to the request's error callback.
 */
public interface CancelUseCase {

    /**
     * Cancels the user's live push login. Rejections: 2000, 2002, 3100 (no such user), 5019 (nothing
     * of this client in progress for the user).
     */
    Result<AuthSession> cancelByUser(CancelByUserCommand command);

    /**
     * Cancels the login behind a channel (OTP and QR, or any method). Rejections: 2000, 2002, 2004
     * (no such channel for this client), 5019 (already ended).
     */
    Result<AuthSession> cancelByChannel(CancelByChannelCommand command);

    /**
     * A cancel by user key.
     *
     * @param clientKey the client key header
     * @param userKey   the user whose login to cancel
     */
    record CancelByUserCommand(String clientKey, String userKey) {}

    /**
     * A cancel by channel key.
     *
     * @param clientKey  the client key header
     * @param channelKey the key returned when the login started
     */
    record CancelByChannelCommand(String clientKey, String channelKey) {}
}
