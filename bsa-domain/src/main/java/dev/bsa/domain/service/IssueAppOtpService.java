package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.AppOtpRules;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.IssueAppOtpUseCase;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.port.out.KeySource;
import dev.bsa.domain.port.out.SettingsRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Issues app codes for OTP login: random digits, unique among the valid codes (drawn again on a
 * collision), valid for the configured time, replacing the user's previous code.
 */
public final class IssueAppOtpService implements IssueAppOtpUseCase {

    private static final int MAX_DRAWS = 32;

    private final UserPolicy userPolicy;
    private final AppOtpCodeRepository codes;
    private final SettingsRepository settings;
    private final KeySource keys;
    private final Clock clock;

    IssueAppOtpService(
            UserPolicy userPolicy,
            AppOtpCodeRepository codes,
            SettingsRepository settings,
            KeySource keys,
            Clock clock) {
        this.userPolicy = userPolicy;
        this.codes = codes;
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Result<AppOtpCode> issue(UserKey user) {
        return userPolicy.active(user).flatMap(userPolicy::hasPhone).flatMap(eligible -> draw(user));
    }

    private Result<AppOtpCode> draw(UserKey user) {
        AppOtpRules rules = settings.current().appOtp();
        Instant now = clock.instant();
        codes.deleteByUser(user);
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            AppOtpCode code = new AppOtpCode(keys.newDigits(rules.digits()), user, now, now.plus(rules.validity()));
            if (codes.insert(code)) {
                return Result.success(code);
            }
        }
        return Result.reject(ErrorCode.SERVER_ERROR, "no free code after " + MAX_DRAWS + " draws");
    }
}
