package dev.bsa.client;

import dev.bsa.client.internal.HttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The virtual phone of one BSA user, over the simulator's device API (header {@code X-BSA-Device-Token}):
 * its inbox of login requests, its answers, its OTP and TOTP codes and its QR scans. Every method
 * blocks until the simulator answered and throws a {@link BsaException} with the error code when it
 * refused (or 2001 when it could not be reached). Thread-safe.
 */
public final class BsaDevice {

    /** The default time-out of each call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration INBOX_POLL = Duration.ofMillis(50);

    private final JsonCalls calls;

    private BsaDevice(JsonCalls calls) {
        this.calls = calls;
    }

    /**
     * A phone holding {@code deviceToken}, talking to the simulator at {@code baseUrl}.
     *
     * @param baseUrl     e.g. {@code http://localhost:8080}
     * @param deviceToken the phone's token (the demo seed's are {@code demo-device-<user>})
     * @return the phone
     */
    public static BsaDevice connect(String baseUrl, String deviceToken) {
        return connect(baseUrl, deviceToken, DEFAULT_TIMEOUT);
    }

    /**
     * A phone holding {@code deviceToken}, with a time-out for every call.
     *
     * @param baseUrl     e.g. {@code http://localhost:8080}
     * @param deviceToken the phone's token
     * @param timeout     the time-out of each call and of connecting
     * @return the phone
     */
    public static BsaDevice connect(String baseUrl, String deviceToken, Duration timeout) {
        Objects.requireNonNull(deviceToken, "deviceToken");
        return new BsaDevice(new JsonCalls(new HttpTransport(
                HttpTransport.newClient(timeout), baseUrl, Map.of("X-BSA-Device-Token", deviceToken), timeout)));
    }

    /**
     * Who the phone belongs to.
     *
     * @return the owner, with the phone's behaviour
     * @throws BsaException when the token is not valid (2002) or the call failed
     */
    public DeviceOwner me() {
        return calls.get("/api/v1/device/me", DeviceOwner.class);
    }

    /**
     * The login requests waiting on the phone, oldest first.
     *
     * @return the pending requests (none for a never-answering phone)
     * @throws BsaException when the call failed
     */
    public List<PendingPush> pendingPushes() {
        return calls.getList("/api/v1/device/pushes", PendingPush.class);
    }

    /**
     * Waits for a login request to reach the phone, reading the inbox every 50 ms.
     *
     * @param timeout how long to wait at most
     * @return the oldest pending request, or empty when none came in time
     * @throws BsaException when a read failed
     */
    public Optional<PendingPush> awaitPush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<PendingPush> pending = pendingPushes();
            if (!pending.isEmpty()) {
                return Optional.of(pending.get(0));
            }
            if (System.nanoTime() - deadline >= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(INBOX_POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * Opens a request on the phone ({@code StartAuth}).
     *
     * @param sessionId the request's session id
     * @return the session after the answer
     * @throws BsaException when the request is not this phone's or no longer live (5019, 5001)
     */
    public DeviceAnswer start(String sessionId) {
        return answer(sessionId, "start");
    }

    /**
     * Approves a request: the nodes verify and the login completes (or fails with 5022).
     *
     * @param sessionId the request's session id
     * @return the session after the answer, e.g. {@code AuthCompleted}
     * @throws BsaException when the request is not this phone's or no longer live, or node verification failed (5022)
     */
    public DeviceAnswer approve(String sessionId) {
        return answer(sessionId, "approve");
    }

    /**
     * Rejects a request: the login fails with 5010.
     *
     * @param sessionId the request's session id
     * @return the session after the answer ({@code AuthFailed})
     * @throws BsaException when the request is not this phone's or no longer live
     */
    public DeviceAnswer reject(String sessionId) {
        return answer(sessionId, "reject");
    }

    /**
     * Issues an app OTP code for the phone's user, as the app's "OTP authentication" screen does.
     *
     * @return the code
     * @throws BsaException when the user may not get one or the call failed
     */
    public OtpCode issueOtp() {
        return calls.post("/api/v1/device/otp", null, OtpCode.class);
    }

    /**
     * The TOTP code the app shows now.
     *
     * @return the code and its step
     * @throws BsaException when the user has no TOTP secret (2008) or the call failed
     */
    public TotpCode currentTotp() {
        return calls.get("/api/v1/device/totp", TotpCode.class);
    }

    /**
     * The TOTP enrolment of the phone's user, for a real authenticator app.
     *
     * @return the {@code otpauth://} URI and its parts
     * @throws BsaException when the user has no TOTP secret (2008) or the call failed
     */
    public TotpEnrolment totpEnrolment() {
        return calls.get("/api/v1/device/totp/enrolment", TotpEnrolment.class);
    }

    /**
     * Scans a QR code with the BSA app: the QR login is bound to the phone's user and waits for approval.
     *
     * @param qrPayload {@link QrCode#payload()} as shown by the website
     * @return the bound session
     * @throws BsaException 5023 for an unknown, expired or used QR code; the user's status codes (5005 ...)
     */
    public QrScan scanQr(String qrPayload) {
        return calls.post(
                "/api/v1/device/qr/scan",
                Map.of("qrPayload", Objects.requireNonNull(qrPayload, "qrPayload")),
                QrScan.class);
    }

    private DeviceAnswer answer(String sessionId, String action) {
        return calls.post(
                "/api/v1/device/pushes/" + JsonCalls.segment(sessionId) + "/" + action, null, DeviceAnswer.class);
    }
}
