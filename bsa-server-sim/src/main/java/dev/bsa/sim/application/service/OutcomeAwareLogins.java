package dev.bsa.sim.application.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.domain.port.in.RequestOtpUseCase;
import dev.bsa.domain.port.in.RequestOtpUseCase.RequestOtpCommand;
import dev.bsa.domain.port.in.RequestQrUseCase;
import dev.bsa.domain.port.in.RequestTotpUseCase;
import dev.bsa.domain.port.in.RequestTotpUseCase.RequestTotpCommand;
import dev.bsa.domain.port.in.ScanQrUseCase;
import dev.bsa.domain.port.in.SessionStarted;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import dev.bsa.domain.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The domain's login use cases with the one-shot arrangements of {@link ArrangedOutcomes} applied at their edge,
 * so that the real rules then run: an arranged wrong code is replaced by digits that cannot be right (the attempt
 * counts, 3005 follows), an arranged camera scan opens the new QR login outside the app (5024), an arranged
 * expired code refuses the next scan (5023). Everything else passes through unchanged.
 */
public final class OutcomeAwareLogins {

    /** More codes than a TOTP window (at most 21 steps) or the live app codes of a test could take. */
    private static final int CANDIDATES = 10_000;

    private final ArrangedOutcomes arranged;
    private final UserRepository users;
    private final AppOtpCodeRepository appOtpCodes;
    private final SettingsRepository settings;
    private final TotpCodeGenerator generator;
    private final Clock clock;

    public OutcomeAwareLogins(
            ArrangedOutcomes arranged,
            UserRepository users,
            AppOtpCodeRepository appOtpCodes,
            SettingsRepository settings,
            TotpCodeGenerator generator,
            Clock clock) {
        this.arranged = arranged;
        this.users = users;
        this.appOtpCodes = appOtpCodes;
        this.settings = settings;
        this.generator = generator;
        this.clock = clock;
    }

    /** {@code logins} with the arrangements applied to TOTP, OTP, QR requests and QR scans. */
    public BsaUseCases wrap(BsaUseCases logins) {
        return new BsaUseCases(
                logins.requestPush(),
                otp(logins.requestOtp()),
                totp(logins.requestTotp()),
                qr(logins.requestQr(), logins.scanQr()),
                scan(logins.scanQr()),
                logins.cancel(),
                logins.deviceStart(),
                logins.deviceApprove(),
                logins.deviceReject(),
                logins.issueAppOtp(),
                logins.currentTotp(),
                logins.expireDue(),
                logins.queries());
    }

    private RequestTotpUseCase totp(RequestTotpUseCase delegate) {
        return command -> {
            Optional<UserKey> user = UserKey.parse(command.userKey()).isSuccess()
                    ? Optional.of(new UserKey(command.userKey()))
                    : Optional.empty();
            if (!arranged.takeWrongCode(user)) {
                return delegate.requestTotp(command);
            }
            String wrong = user.flatMap(this::secretOf)
                    .map(secret -> wrongTotp(secret, settings.current().totp()))
                    .orElse(command.code());
            return delegate.requestTotp(new RequestTotpCommand(command.clientKey(), command.userKey(), wrong));
        };
    }

    private RequestOtpUseCase otp(RequestOtpUseCase delegate) {
        return command -> {
            if (!arranged.takeWrongCode(Optional.empty())) {
                return delegate.requestOtp(command);
            }
            Settings current = settings.current();
            String wrong = firstCode(
                    current.appOtp().digits(),
                    digits -> appOtpCodes.find(digits).isEmpty());
            return delegate.requestOtp(new RequestOtpCommand(command.clientKey(), wrong));
        };
    }

    private RequestQrUseCase qr(RequestQrUseCase delegate, ScanQrUseCase scans) {
        return command -> {
            Result<SessionStarted> started = delegate.requestQr(command);
            if (started.isSuccess() && started.value().qrId().isPresent() && arranged.takeQrOutsideApp()) {
                scans.scanOutsideApp(started.value().qrId().get().value());
            }
            return started;
        };
    }

    private ScanQrUseCase scan(ScanQrUseCase delegate) {
        return new ScanQrUseCase() {
            @Override
            public Result<AuthSession> scan(ScanQrCommand command) {
                if (arranged.takeQrExpired()) {
                    return Result.reject(
                            ErrorCode.INVALID_QR, "this QR code has expired: ask the website for a new one");
                }
                return delegate.scan(command);
            }

            @Override
            public Result<Done> scanOutsideApp(String qrId) {
                return delegate.scanOutsideApp(qrId);
            }
        };
    }

    private Optional<TotpSecret> secretOf(UserKey user) {
        return users.find(user).flatMap(found -> found.totpSecret());
    }

    /** Digits that no step of the accepted window gives. */
    private String wrongTotp(TotpSecret secret, TotpRules rules) {
        Instant now = clock.instant();
        Set<String> right = new HashSet<>();
        for (int step = -rules.window(); step <= rules.window(); step++) {
            right.add(generator.generate(secret, now.plus(rules.step().multipliedBy(step)), rules));
        }
        return firstCode(rules.digits(), digits -> !right.contains(digits));
    }

    /** The first code of {@code length} digits, counting up from 0…0, that {@code usable} accepts. */
    private static String firstCode(int length, Predicate<String> usable) {
        for (int number = 0; number < CANDIDATES; number++) {
            String candidate = String.format(Locale.ROOT, "%0" + length + "d", number);
            if (usable.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(CANDIDATES + " codes were all right or all in use");
    }
}
