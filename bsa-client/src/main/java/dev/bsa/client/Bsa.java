package dev.bsa.client;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The BSA client SDK for Java, with the names and callback shapes of BSA-JS ({@code new BSA(clientKey)}):
 * push ({@code requestAuthCallback}), OTP ({@code requestOtpCallback}), TOTP ({@code requestTotpCallback})
 * and QR ({@code requestQrCallback}) logins, their cancels, countdowns and status feeds; and, beside
 * them, the same logins as {@link java.util.concurrent.CompletableFuture}s through {@link #futures()}.
 *
 * <p>Every request method returns at once; its callbacks run later on the callback executor (see
 * {@link BsaBuilder#callbackExecutor}), one at a time and in order, and after its terminal callback
 * ({@code onSuccess} or {@code onError}) no callback of that request runs again. One instance serves
 * any number of threads and concurrent logins.
 */
public final class Bsa implements AutoCloseable {

    private final Logins logins;
    private final BsaFutures futures;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService ownedCallbackExecutor;

    /**
     * A client for the server at {@value BsaBuilder#DEFAULT_BASE_URL}, as BSA-JS's {@code new BSA(clientKey)}.
     *
     * @param clientKey the website's client key
     */
    public Bsa(String clientKey) {
        this(builder(clientKey).wiring());
    }

    Bsa(BsaBuilder.Wiring wiring) {
        this.logins = wiring.logins();
        this.futures = new BsaFutures(logins);
        this.scheduler = wiring.scheduler();
        this.ownedCallbackExecutor = wiring.ownedCallbackExecutor();
    }

    /**
     * Starts configuring a client.
     *
     * @param clientKey the website's client key
     * @return a builder
     */
    public static BsaBuilder builder(String clientKey) {
        return new BsaBuilder(clientKey);
    }

    /**
     * Requests a push login: the user's phone is asked to approve.
     *
     * @param userKey   the BSA user account
     * @param onSuccess receives the tokens
     * @param onError   receives the error, e.g. 5010 rejected, 5001 timed out, 5011 canceled
     */
    public void requestAuthCallback(String userKey, Consumer<Tokens> onSuccess, ErrorCallback onError) {
        logins.push(userKey, LoginCallbacks.of(onSuccess, onError));
    }

    /**
     * Cancels the user's push login. On success the login's {@code onError} receives 5011 and
     * {@code onError} here is not called.
     *
     * @param userKey the BSA user account
     * @param onError receives why the cancel failed: 3100 unknown user, 5019 nothing in progress
     */
    public void onCancel(String userKey, ErrorCallback onError) {
        logins.cancelPush(userKey, Objects.requireNonNull(onError, "onError"));
    }

    /**
     * Sets the countdown of push logins: the remaining whole seconds, about once a second, decreasing.
     *
     * @param onTime receives the seconds left; null to stop receiving them
     */
    public void setAuthTimer(IntConsumer onTime) {
        logins.auth.timer(onTime);
    }

    /**
     * Sets the status feed of push logins: each status once, in order (e.g. {@code RequestAuth} ...
     * {@code AuthCompleted}).
     *
     * @param onMessage receives each status string; null to stop receiving them
     */
    public void setAuthMessage(Consumer<String> onMessage) {
        logins.auth.message(onMessage);
    }

    /**
     * Requests an OTP login with the code the user typed (BSA-JS reads it from its input element).
     *
     * @param otpCode       the code the BSA app showed
     * @param onSuccess     receives the tokens
     * @param onError       receives the error of the login after the code was accepted
     * @param onCodeSuccess called once when the code is accepted; may be null
     * @param onCodeError   receives code errors (2000, 2002, 3005, 3201, 3301); null sends them to {@code onError}
     */
    public void requestOtpCallback(
            String otpCode,
            Consumer<Tokens> onSuccess,
            ErrorCallback onError,
            Runnable onCodeSuccess,
            ErrorCallback onCodeError) {
        logins.otp(otpCode, new LoginCallbacks(onSuccess, onError, onCodeSuccess, onCodeError, null));
    }

    /**
     * Requests an OTP login without code callbacks (code errors go to {@code onError}).
     *
     * @param otpCode   the code the BSA app showed
     * @param onSuccess receives the tokens
     * @param onError   receives every error
     */
    public void requestOtpCallback(String otpCode, Consumer<Tokens> onSuccess, ErrorCallback onError) {
        requestOtpCallback(otpCode, onSuccess, onError, null, null);
    }

    /**
     * Cancels the OTP login this instance started with {@code otpCode} (BSA-JS passes the same input
     * element). On success the login's {@code onError} receives 5011.
     *
     * @param otpCode the code the login was requested with
     * @param onError receives why the cancel failed: 5019 nothing in progress
     */
    public void onOtpCancel(String otpCode, ErrorCallback onError) {
        logins.cancelOtp(otpCode, Objects.requireNonNull(onError, "onError"));
    }

    /**
     * Sets the countdown of OTP logins.
     *
     * @param onTime receives the seconds left; null to stop receiving them
     */
    public void setOtpTimer(IntConsumer onTime) {
        logins.otp.timer(onTime);
    }

    /**
     * Sets the status feed of OTP logins.
     *
     * @param onMessage receives each status string; null to stop receiving them
     */
    public void setOtpMessage(Consumer<String> onMessage) {
        logins.otp.message(onMessage);
    }

    /**
     * Requests a TOTP login, verified at once.
     *
     * @param userKey   the BSA user account
     * @param totpCode  the code the BSA app computed
     * @param onSuccess receives the tokens
     * @param onError   receives the error, e.g. 3005 wrong code, 5026 daily limit reached
     */
    public void requestTotpCallback(
            String userKey, String totpCode, Consumer<Tokens> onSuccess, ErrorCallback onError) {
        logins.totp(userKey, totpCode, LoginCallbacks.of(onSuccess, onError));
    }

    /**
     * Requests a QR login: {@code onQr} receives the code to show, the BSA app scans it and the user approves.
     *
     * @param onQr      receives the QR code (payload and PNG) once the login started
     * @param onSuccess receives the tokens
     * @param onError   receives the error
     */
    public void requestQrCallback(Consumer<QrCode> onQr, Consumer<Tokens> onSuccess, ErrorCallback onError) {
        logins.qr(new LoginCallbacks(onSuccess, onError, null, null, Objects.requireNonNull(onQr, "onQr")));
    }

    /**
     * Cancels the QR login of this instance with {@code qrId} (BSA-JS passes the same canvas).
     * On success the login's {@code onError} receives 5011.
     *
     * @param qrId    {@link QrCode#qrId()} of the login
     * @param onError receives why the cancel failed: 5019 nothing in progress
     */
    public void onQrCancel(String qrId, ErrorCallback onError) {
        logins.cancelQr(qrId, Objects.requireNonNull(onError, "onError"));
    }

    /**
     * Sets the countdown of QR logins.
     *
     * @param onTime receives the seconds left; null to stop receiving them
     */
    public void setQrTimer(IntConsumer onTime) {
        logins.qr.timer(onTime);
    }

    /**
     * Sets the status feed of QR logins.
     *
     * @param onMessage receives each status string; null to stop receiving them
     */
    public void setQrMessage(Consumer<String> onMessage) {
        logins.qr.message(onMessage);
    }

    /**
     * The same logins as futures; they share this instance's timer and message callbacks.
     *
     * @return the future-based API
     */
    public BsaFutures futures() {
        return futures;
    }

    /** Stops the SDK's own threads; logins still running get no further callbacks from the countdown. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        if (ownedCallbackExecutor != null) {
            ownedCallbackExecutor.shutdown();
        }
    }
}
