package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.RequestTotpUseCase;
import dev.bsa.domain.port.out.KeySource;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TokenIssuer;
import dev.bsa.domain.port.out.TotpStateRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * TOTP logins, answered at once. After the client and user checks, the attempt is counted against
 * the daily limit (the attempt over the limit gets 5026 even with a right code), then the code is
 * verified in the window and against replay (3005). Each attempt that reaches the limit check is
 * recorded as a session that starts and ends in one step; no channel is opened.
 */
public final class RequestTotpService implements RequestTotpUseCase {

    private final ClientPolicy clientPolicy;
    private final UserPolicy userPolicy;
    private final TotpCodePolicy codePolicy;
    private final SessionLifecycle lifecycle;
    private final TotpStateRepository totpState;
    private final SettingsRepository settings;
    private final TokenIssuer tokens;
    private final KeySource keys;
    private final Clock clock;

    RequestTotpService(
            ClientPolicy clientPolicy,
            UserPolicy userPolicy,
            TotpCodePolicy codePolicy,
            SessionLifecycle lifecycle,
            TotpStateRepository totpState,
            SettingsRepository settings,
            TokenIssuer tokens,
            KeySource keys,
            Clock clock) {
        this.clientPolicy = clientPolicy;
        this.userPolicy = userPolicy;
        this.codePolicy = codePolicy;
        this.lifecycle = lifecycle;
        this.totpState = totpState;
        this.settings = settings;
        this.tokens = tokens;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Result<TotpLogin> requestTotp(RequestTotpCommand command) {
        return clientPolicy
                .authenticate(command.clientKey())
                .flatMap(client -> UserKey.parse(command.userKey())
                        .flatMap(userKey -> CodeFormat.parse(command.code(), "totpCode")
                                .flatMap(code -> clientPolicy
                                        .requireLoginType(client, AuthMethod.TOTP)
                                        .flatMap(allowed -> userPolicy.eligible(userKey, allowed, AuthMethod.TOTP))
                                        .check(eligible -> lifecycle.requireNoLiveSession(userKey))
                                        .flatMap(user -> attempt(client, user, code)))));
    }

    private Result<TotpLogin> attempt(Client client, User user, String code) {
        Instant now = clock.instant();
        Settings current = settings.current();
        TotpRules rules = current.totp();
        AuthSession requested = AuthSession.requested(
                keys.newSessionId(),
                AuthMethod.TOTP,
                client.key(),
                Optional.of(user.key()),
                Optional.empty(),
                Optional.empty(),
                now,
                current.authDeadline());
        LocalDate day = LocalDate.ofInstant(now, rules.dayZone());
        if (!totpState.tryCountAttempt(user.key(), day, rules.dailyLimit())) {
            return refuse(
                    requested,
                    ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED,
                    rules.dailyLimit() + " TOTP attempts already made on " + day + " (" + rules.dayZone() + ")");
        }
        Optional<Instant> step = codePolicy.acceptedStep(
                user.totpSecret().orElseThrow(), code, now, rules, totpState.lastAcceptedStep(user.key()));
        if (step.isEmpty() || !totpState.advanceLastAcceptedStep(user.key(), step.get())) {
            return refuse(
                    requested,
                    ErrorCode.CODE_VERIFICATION_FAILED,
                    "the code is wrong, outside the accepted window, or was already used");
        }
        return lifecycle
                .record(requested, new AuthEvent.TotpVerified(tokens.issue(requested, now)))
                .map(done -> new TotpLogin(done.id(), done.tokens().orElseThrow()));
    }

    private Result<TotpLogin> refuse(AuthSession requested, ErrorCode code, String detail) {
        lifecycle.record(requested, new AuthEvent.Refused(code));
        return Result.reject(code, detail);
    }
}
