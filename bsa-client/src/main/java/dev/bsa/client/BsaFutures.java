package dev.bsa.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The logins of a {@link Bsa} as {@link CompletableFuture}s: each completes with the {@link Tokens},
 * or exceptionally with a {@link BsaException} carrying the error code. Cancelling a returned future
 * ({@code future.cancel(true)}) cancels the login on the server. The instance's timer and message
 * callbacks ({@code setAuthTimer}, ...) hear these logins too. Thread-safe.
 */
public final class BsaFutures {

    private final Logins logins;

    BsaFutures(Logins logins) {
        this.logins = logins;
    }

    /**
     * Requests a push login.
     *
     * @param userKey the BSA user account
     * @return the tokens once the user approved; fails with a {@link BsaException} (e.g. 5010, 5001)
     */
    public CompletableFuture<Tokens> requestAuth(String userKey) {
        return start(callbacks -> logins.push(userKey, callbacks));
    }

    /**
     * Requests an OTP login. Code errors (3005 and the like) fail the future as any other error does.
     *
     * @param otpCode the code the BSA app showed
     * @return the tokens once the code's owner approved; fails with a {@link BsaException}
     */
    public CompletableFuture<Tokens> requestOtp(String otpCode) {
        return start(callbacks -> logins.otp(otpCode, callbacks));
    }

    /**
     * Requests an OTP login and says when the code was accepted.
     *
     * @param otpCode        the code the BSA app showed
     * @param onCodeAccepted called once when the server accepted the code, on the callback executor
     * @return the tokens once the code's owner approved; fails with a {@link BsaException}
     */
    public CompletableFuture<Tokens> requestOtp(String otpCode, Runnable onCodeAccepted) {
        Objects.requireNonNull(onCodeAccepted, "onCodeAccepted");
        return start(callbacks -> logins.otp(
                otpCode, new LoginCallbacks(callbacks.onSuccess(), callbacks.onError(), onCodeAccepted, null, null)));
    }

    /**
     * Requests a TOTP login.
     *
     * @param userKey  the BSA user account
     * @param totpCode the code the BSA app computed
     * @return the tokens; fails with a {@link BsaException} (e.g. 3005, 5026)
     */
    public CompletableFuture<Tokens> requestTotp(String userKey, String totpCode) {
        return start(callbacks -> logins.totp(userKey, totpCode, callbacks));
    }

    /**
     * Requests a QR login.
     *
     * @param onQr receives the QR code to show, on the callback executor
     * @return the tokens once the code was scanned and approved; fails with a {@link BsaException}
     */
    public CompletableFuture<Tokens> requestQr(Consumer<QrCode> onQr) {
        Objects.requireNonNull(onQr, "onQr");
        return start(callbacks ->
                logins.qr(new LoginCallbacks(callbacks.onSuccess(), callbacks.onError(), null, null, onQr)));
    }

    /**
     * Cancels the user's push login, whoever started it.
     *
     * @param userKey the BSA user account
     * @return completes when the server canceled; fails with a {@link BsaException} (3100, 5019)
     */
    public CompletableFuture<Void> cancelAuth(String userKey) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        logins.cancelPushConfirmed(userKey, done);
        return done;
    }

    private CompletableFuture<Tokens> start(Function<LoginCallbacks, LoginRun> request) {
        CompletableFuture<Tokens> future = new CompletableFuture<>();
        LoginRun run = request.apply(LoginCallbacks.of(
                future::complete, (code, message) -> future.completeExceptionally(Failures.exception(code, message))));
        future.whenComplete((tokens, failure) -> {
            if (future.isCancelled()) {
                logins.cancel(run, (code, message) -> {});
            }
        });
        return future;
    }
}
