package dev.bsa.client;

import dev.bsa.client.internal.ApiFailure;
import dev.bsa.client.internal.ChannelListener;
import dev.bsa.client.internal.ChannelOutcome;
import dev.bsa.client.internal.ChannelWatch;
import dev.bsa.client.internal.HttpTransport;
import dev.bsa.domain.error.ErrorCode;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One login request from start to its terminal callback. Every callback goes through one
 * {@link OrderedExecutor}, so they run in order and never overlap; after the terminal callback
 * ({@code onSuccess} or {@code onError}) nothing of this request runs again.
 */
final class LoginRun implements ChannelListener {

    private final LoginCallbacks callbacks;
    private final FlowListeners listeners;
    private final OrderedExecutor ordered;
    private final Executor callbackExecutor;
    private final Countdown countdown;
    private final Runnable onFinished;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean cancelWanted = new AtomicBoolean();
    private boolean delivered;
    private volatile ChannelWatch watch;
    private volatile String channelKey;
    private volatile ErrorCallback cancelError = (code, message) -> {};

    LoginRun(
            LoginCallbacks callbacks,
            FlowListeners listeners,
            Executor callbackExecutor,
            ScheduledExecutorService scheduler,
            Runnable onFinished) {
        this.callbacks = callbacks;
        this.listeners = listeners;
        this.ordered = new OrderedExecutor(callbackExecutor);
        this.callbackExecutor = callbackExecutor;
        this.countdown = new Countdown(scheduler, this::timer);
        this.onFinished = onFinished;
    }

    /** OTP: the server accepted the code. */
    void codeAccepted() {
        Runnable onCodeSuccess = callbacks.onCodeSuccess();
        if (onCodeSuccess != null) {
            emit(onCodeSuccess);
        }
    }

    /** QR: the code to show is ready. */
    void qrReady(QrCode qr) {
        Consumer<QrCode> onQr = callbacks.onQr();
        if (onQr != null) {
            emit(() -> onQr.accept(qr));
        }
    }

    /** The session started: count down and watch its channel; a cancel asked for meanwhile is sent now. */
    void started(
            HttpTransport http,
            String key,
            int remainingSeconds,
            ScheduledExecutorService scheduler,
            Duration pollInterval) {
        channelKey = key;
        if (ended.get()) {
            return;
        }
        countdown.start(remainingSeconds);
        watch = ChannelWatch.open(http, key, this, scheduler, pollInterval);
        if (ended.get()) {
            watch.close();
        }
        if (cancelWanted.get()) {
            sendCancel(http, cancelError);
        }
    }

    @Override
    public void onStatus(String status) {
        emit(() -> {
            Consumer<String> message = listeners.message();
            if (message != null) {
                message.accept(status);
            }
        });
    }

    @Override
    public void onRemaining(int seconds) {
        countdown.serverSays(seconds);
    }

    @Override
    public void onEnd(ChannelOutcome outcome) {
        if (outcome.succeeded()) {
            succeed(new Tokens(outcome.accessToken(), outcome.refreshToken()));
        } else {
            fail(outcome.errorCode(), outcome.errorMessage(), false);
        }
    }

    /** Ends the request with tokens. */
    void succeed(Tokens tokens) {
        finish(() -> callbacks.onSuccess().accept(tokens));
    }

    /** Ends the request with an error; a code-stage one goes to {@code onCodeError} when there is one. */
    void fail(int code, String message, boolean codeStage) {
        String text = message != null
                ? message
                : ErrorCode.ofCode(code).map(ErrorCode::english).orElse("Error " + code);
        ErrorCallback target = codeStage ? callbacks.codeErrorTarget() : callbacks.onError();
        finish(() -> target.onError(code, text));
    }

    /**
     * Cancels the request on the server (by its channel); the request's {@code onError} then gets
     * 5011 from the channel. Failures of the cancel go to {@code onCancelError}: 5019 when the
     * request already ended.
     */
    void cancel(HttpTransport http, ErrorCallback onCancelError) {
        if (ended.get()) {
            callbackExecutor.execute(() -> onCancelError.onError(
                    ErrorCode.NO_AUTH_IN_PROGRESS.code(), ErrorCode.NO_AUTH_IN_PROGRESS.english()));
            return;
        }
        cancelError = onCancelError;
        cancelWanted.set(true);
        if (channelKey != null) {
            sendCancel(http, onCancelError);
        }
    }

    /** True once the start call returned a channel. */
    boolean hasChannel() {
        return channelKey != null;
    }

    /** True once the terminal callback has been scheduled. */
    boolean isEnded() {
        return ended.get();
    }

    private void sendCancel(HttpTransport http, ErrorCallback onCancelError) {
        if (!cancelWanted.compareAndSet(true, false)) {
            return;
        }
        http.postAsync("/api/v1/channels/" + channelKey + "/cancel", null).whenComplete((data, failure) -> {
            if (failure != null) {
                ApiFailure reason = Failures.of(failure);
                callbackExecutor.execute(() -> onCancelError.onError(reason.code(), reason.getMessage()));
            }
        });
    }

    private void timer(int seconds) {
        emit(() -> {
            IntConsumer timer = listeners.timer();
            if (timer != null) {
                timer.accept(seconds);
            }
        });
    }

    private void emit(Runnable callback) {
        if (!ended.get()) {
            ordered.execute(() -> {
                if (!delivered) {
                    callback.run();
                }
            });
        }
    }

    private void finish(Runnable terminal) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        countdown.stop();
        ChannelWatch current = watch;
        if (current != null) {
            current.close();
        }
        onFinished.run();
        ordered.execute(() -> {
            delivered = true;
            terminal.run();
        });
    }
}
