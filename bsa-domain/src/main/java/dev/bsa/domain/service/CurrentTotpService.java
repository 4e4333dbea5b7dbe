package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.in.CurrentTotpQuery;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpCodeGenerator;
import dev.bsa.domain.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;

/** What the app's TOTP screen shows now: the current step's code and the seconds until the next step. */
public final class CurrentTotpService implements CurrentTotpQuery {

    private final UserRepository users;
    private final SettingsRepository settings;
    private final TotpCodeGenerator generator;
    private final Clock clock;

    CurrentTotpService(UserRepository users, SettingsRepository settings, TotpCodeGenerator generator, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public Result<TotpCode> currentCode(UserKey key) {
        Result<User> user = users.find(key)
                .map(Result::success)
                .orElseGet(() -> Result.reject(ErrorCode.UNREGISTERED_USER, "user " + key + " is not registered"));
        return user.flatMap(found -> found.totpSecret()
                .map(secret -> {
                    Instant now = clock.instant();
                    TotpRules rules = settings.current().totp();
                    Instant stepStart = TotpCodePolicy.stepStart(now, rules);
                    long remaining = rules.step().getSeconds() - (now.getEpochSecond() - stepStart.getEpochSecond());
                    return Result.success(new TotpCode(generator.generate(secret, now, rules), stepStart, remaining));
                })
                .orElseGet(() ->
                        Result.reject(ErrorCode.UNREGISTERED_USER, "user " + key + " has no TOTP secret enrolled")));
    }
}
