package dev.bsa.domain.testing;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.port.in.DeviceCommand;
import dev.bsa.domain.port.in.ScanQrUseCase.ScanQrCommand;
import dev.bsa.domain.port.in.SessionStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** What a user's phone with the BSA app does, as calls of the use cases. */
public final class Phone {

    private final TestBsa bsa;
    private final User user;

    /** The phone of {@code user} in {@code bsa}. */
    public Phone(TestBsa bsa, User user) {
        this.bsa = bsa;
        this.user = user;
    }

    /** Opens the login request. */
    public Result<AuthSession> start(SessionStarted started) {
        return startSession(started.session().value());
    }

    /** Opens the login request with a raw session id. */
    public Result<AuthSession> startSession(String sessionId) {
        return bsa.services().deviceStart().start(command(sessionId));
    }

    /** Passes the secondary authentication and approves. */
    public Result<AuthSession> approve(SessionStarted started) {
        return approveSession(started.session().value());
    }

    /** Approves with a raw session id. */
    public Result<AuthSession> approveSession(String sessionId) {
        return bsa.services().deviceApprove().approve(command(sessionId));
    }

    /** Rejects the login request. */
    public Result<AuthSession> reject(SessionStarted started) {
        return rejectSession(started.session().value());
    }

    /** Rejects with a raw session id. */
    public Result<AuthSession> rejectSession(String sessionId) {
        return bsa.services().deviceReject().reject(command(sessionId));
    }

    /** Scans the QR code of a QR login with the BSA app. */
    public Result<AuthSession> scan(SessionStarted started) {
        return scanQrId(started.qrId().orElseThrow().value());
    }

    /** Scans a QR code carrying a raw QR id. */
    public Result<AuthSession> scanQrId(String qrId) {
        return bsa.services().scanQr().scan(new ScanQrCommand(user.key(), qrId));
    }

    /** The QR code of a QR login opened by something other than the BSA app (not tied to this user). */
    public Result<Done> scanOutsideApp(SessionStarted started) {
        return bsa.services()
                .scanQr()
                .scanOutsideApp(started.qrId().orElseThrow().value());
    }

    /** The app's "OTP authentication" screen. */
    public Result<AppOtpCode> issueOtp() {
        return bsa.services().issueAppOtp().issue(user.key());
    }

    /** The TOTP code the app computes now. */
    public String totpCode() {
        return totpCodeAt(bsa.clock().instant());
    }

    /** The TOTP code the app computes {@code steps} time steps from now (negative: earlier). */
    public String totpCodeStepsAway(int steps) {
        Duration step = bsa.ports().settings().current().totp().step();
        return totpCodeAt(bsa.clock().instant().plus(step.multipliedBy(steps)));
    }

    /** A code of the right length that is right for no time step within three of now. */
    public String wrongTotpCode() {
        List<String> nearby =
                IntStream.rangeClosed(-3, 3).mapToObj(this::totpCodeStepsAway).toList();
        int digits = bsa.ports().settings().current().totp().digits();
        return IntStream.rangeClosed(0, 9)
                .mapToObj(digit -> String.valueOf(digit).repeat(digits))
                .filter(candidate -> !nearby.contains(candidate))
                .findFirst()
                .orElseThrow();
    }

    /** The TOTP code the app computes at {@code instant}, under the TOTP rules in force. */
    public String totpCodeAt(Instant instant) {
        TotpSecret secret = bsa.ports()
                .users()
                .find(user.key())
                .flatMap(User::totpSecret)
                .orElseGet(() -> TestBsa.secretOf(user.key().value()));
        return bsa.ports()
                .totpGenerator()
                .generate(secret, instant, bsa.ports().settings().current().totp());
    }

    /** The login requests waiting on this phone. */
    public List<AuthSession> pending() {
        return bsa.services().queries().pendingFor(user.key());
    }

    private DeviceCommand command(String sessionId) {
        return new DeviceCommand(user.key(), sessionId);
    }
}
