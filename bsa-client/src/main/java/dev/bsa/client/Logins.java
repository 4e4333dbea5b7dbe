package dev.bsa.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.client.internal.ApiFailure;
import dev.bsa.client.internal.HttpTransport;
import dev.bsa.domain.error.ErrorCode;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The login flows of one {@link Bsa} instance over the wire contract: start calls, channel watching,
 * cancels, and the live requests that cancels find by OTP code, QR id or user. Thread-safe.
 */
final class Logins {

    /** OTP start failures that concern the typed code and go to {@code onCodeError}. */
    private static final Set<Integer> CODE_STAGE = Set.of(2000, 2002, 3301, 3005, 3201);

    final FlowListeners auth = new FlowListeners();
    final FlowListeners otp = new FlowListeners();
    final FlowListeners qr = new FlowListeners();

    private final HttpTransport http;
    private final Executor callbackExecutor;
    private final ScheduledExecutorService scheduler;
    private final Duration pollInterval;
    private final Map<String, LoginRun> pushByUser = new ConcurrentHashMap<>();
    private final Map<String, LoginRun> otpByCode = new ConcurrentHashMap<>();
    private final Map<String, LoginRun> qrById = new ConcurrentHashMap<>();

    Logins(HttpTransport http, Executor callbackExecutor, ScheduledExecutorService scheduler, Duration pollInterval) {
        this.http = http;
        this.callbackExecutor = callbackExecutor;
        this.scheduler = scheduler;
        this.pollInterval = pollInterval;
    }

    LoginRun push(String userKey, LoginCallbacks callbacks) {
        LoginRun run = tracked(callbacks, auth, pushByUser, String.valueOf(userKey));
        answer(run, http.postAsync("/api/v1/auth/push", body("userKey", userKey)), false, data -> started(run, data));
        return run;
    }

    LoginRun otp(String code, LoginCallbacks callbacks) {
        LoginRun run = tracked(callbacks, otp, otpByCode, String.valueOf(code));
        answer(run, http.postAsync("/api/v1/auth/otp", body("code", code)), true, data -> {
            run.codeAccepted();
            started(run, data);
        });
        return run;
    }

    LoginRun qr(LoginCallbacks callbacks) {
        AtomicReference<String> qrId = new AtomicReference<>();
        LoginRun run = new LoginRun(
                callbacks, qr, callbackExecutor, scheduler, () -> qrById.remove(String.valueOf(qrId.get())));
        answer(run, http.postAsync("/api/v1/auth/qr", null), false, data -> {
            QrCode code = new QrCode(
                    data.path("qrId").asText(),
                    data.path("qrPayload").asText(),
                    png(data.path("qrImage").asText("")));
            qrId.set(code.qrId());
            qrById.put(code.qrId(), run);
            run.qrReady(code);
            started(run, data);
        });
        return run;
    }

    LoginRun totp(String userKey, String totpCode, LoginCallbacks callbacks) {
        LoginRun run = new LoginRun(callbacks, FlowListeners.NONE, callbackExecutor, scheduler, () -> {});
        Map<String, Object> body = body("userKey", userKey);
        body.put("totpCode", totpCode);
        answer(
                run,
                http.postAsync("/api/v1/auth/totp", body),
                false,
                data -> run.succeed(new Tokens(
                        data.path("accessToken").asText(),
                        data.path("refreshToken").asText())));
        return run;
    }

    /** Cancels the user's push login; a request of this instance still starting is cancelled once started. */
    void cancelPush(String userKey, ErrorCallback onError) {
        LoginRun starting = pushByUser.get(String.valueOf(userKey));
        if (starting != null && !starting.isEnded() && !starting.hasChannel()) {
            starting.cancel(http, onError);
            return;
        }
        http.postAsync("/api/v1/auth/push/cancel", body("userKey", userKey)).whenComplete((data, failure) -> {
            if (failure != null) {
                ApiFailure reason = Failures.of(failure);
                callbackExecutor.execute(() -> onError.onError(reason.code(), reason.getMessage()));
            }
        });
    }

    /** Cancels the user's push login on the server and says how that went, without the callback shape. */
    void cancelPushConfirmed(String userKey, CompletableFuture<Void> done) {
        http.postAsync("/api/v1/auth/push/cancel", body("userKey", userKey)).whenComplete((data, failure) -> {
            if (failure != null) {
                done.completeExceptionally(Failures.exception(Failures.of(failure)));
            } else {
                done.complete(null);
            }
        });
    }

    /** Cancels the OTP login this instance started with {@code code}; 5019 when there is none. */
    void cancelOtp(String code, ErrorCallback onError) {
        cancelLive(otpByCode.get(String.valueOf(code)), onError);
    }

    /** Cancels the QR login this instance started with {@code qrId}; 5019 when there is none. */
    void cancelQr(String qrId, ErrorCallback onError) {
        cancelLive(qrById.get(String.valueOf(qrId)), onError);
    }

    /** Cancels one request of this instance, whatever its flow. */
    void cancel(LoginRun run, ErrorCallback onError) {
        run.cancel(http, onError);
    }

    private void cancelLive(LoginRun run, ErrorCallback onError) {
        if (run == null) {
            callbackExecutor.execute(() ->
                    onError.onError(ErrorCode.NO_AUTH_IN_PROGRESS.code(), ErrorCode.NO_AUTH_IN_PROGRESS.english()));
        } else {
            run.cancel(http, onError);
        }
    }

    private LoginRun tracked(
            LoginCallbacks callbacks, FlowListeners listeners, Map<String, LoginRun> index, String key) {
        AtomicReference<LoginRun> self = new AtomicReference<>();
        LoginRun run =
                new LoginRun(callbacks, listeners, callbackExecutor, scheduler, () -> index.remove(key, self.get()));
        self.set(run);
        index.put(key, run);
        return run;
    }

    private void started(LoginRun run, JsonNode data) {
        run.started(
                http,
                data.path("channelKey").asText(),
                data.path("remainingSeconds").asInt(60),
                scheduler,
                pollInterval);
    }

    /** Hands the start call's data to {@code onData}, or its failure (or an unreadable answer) to the run. */
    private static void answer(
            LoginRun run, CompletableFuture<JsonNode> call, boolean otpStart, Consumer<JsonNode> onData) {
        call.whenComplete((data, failure) -> {
            if (failure != null) {
                ApiFailure reason = Failures.of(failure);
                run.fail(reason.code(), reason.getMessage(), otpStart && CODE_STAGE.contains(reason.code()));
                return;
            }
            try {
                onData.accept(data);
            } catch (RuntimeException unreadable) {
                run.fail(ApiFailure.UNREACHABLE_CODE, "Server error: unreadable answer (" + unreadable + ")", false);
            }
        });
    }

    private static Map<String, Object> body(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put(field, value);
        return body;
    }

    private static byte[] png(String dataUrl) {
        int comma = dataUrl.indexOf(',');
        return Base64.getDecoder().decode(comma < 0 ? dataUrl : dataUrl.substring(comma + 1));
    }
}
