package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.port.in.RequestOtpUseCase;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Starts OTP logins. The typed code is resolved to the user who generated it, the user is checked,
 * and only then is the code used up (single use, atomically) and the push sent.
 */
public final class RequestOtpService implements RequestOtpUseCase {

    private final ClientPolicy clientPolicy;
    private final UserPolicy userPolicy;
    private final SessionLifecycle lifecycle;
    private final PushLaunch launch;
    private final AppOtpCodeRepository codes;
    private final Clock clock;

    RequestOtpService(
            ClientPolicy clientPolicy,
            UserPolicy userPolicy,
            SessionLifecycle lifecycle,
            PushLaunch launch,
            AppOtpCodeRepository codes,
            Clock clock) {
        this.clientPolicy = clientPolicy;
        this.userPolicy = userPolicy;
        this.lifecycle = lifecycle;
        this.launch = launch;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public Result<SessionStarted> requestOtp(RequestOtpCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(client -> CodeFormat.parse(command.code(), "code")
                        .flatMap(digits -> clientPolicy
                                .requireLoginType(client, AuthMethod.OTP)
                                .flatMap(allowed -> validCode(digits))
                                .flatMap(code -> userPolicy
                                        .eligible(code.user(), client, AuthMethod.OTP)
                                        .check(eligible -> lifecycle.requireNoLiveSession(code.user()))
                                        .flatMap(user -> start(client, code)))));
    }

    /** Uses the code up and starts the push to its owner's phone. */
    private Result<SessionStarted> start(Client client, AppOtpCode code) {
        if (!codes.consume(code.code(), clock.instant())) {
            return Result.reject(ErrorCode.CODE_VERIFICATION_FAILED, "the code was used or expired meanwhile");
        }
        return launch.start(client, code.user(), AuthMethod.OTP);
    }

    private Result<AppOtpCode> validCode(String digits) {
        Instant now = clock.instant();
        return codes.find(digits)
                .filter(found -> found.isValidAt(now))
                .map(Result::success)
                .orElseGet(() -> Result.reject(
                        ErrorCode.CODE_VERIFICATION_FAILED,
                        "no valid app code matches; codes are single use and expire"));
    }
}
