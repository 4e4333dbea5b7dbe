package dev.bsa.client;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The callbacks of one login request.
 *
 * @param onSuccess     receives the tokens
 * @param onError       receives the error
 * @param onCodeSuccess OTP: called once the code is accepted; may be null
 * @param onCodeError   OTP: receives code-stage errors; null sends them to {@code onError}
 * @param onQr          QR: receives the QR code to show; may be null for other flows
 */
record LoginCallbacks(
        Consumer<Tokens> onSuccess,
        ErrorCallback onError,
        Runnable onCodeSuccess,
        ErrorCallback onCodeError,
        Consumer<QrCode> onQr) {

    LoginCallbacks {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onError, "onError");
    }

    /** Callbacks for a flow with only success and error. */
    static LoginCallbacks of(Consumer<Tokens> onSuccess, ErrorCallback onError) {
        return new LoginCallbacks(onSuccess, onError, null, null, null);
    }

    /** Where a code-stage error goes. */
    ErrorCallback codeErrorTarget() {
        return onCodeError != null ? onCodeError : onError;
    }
}
