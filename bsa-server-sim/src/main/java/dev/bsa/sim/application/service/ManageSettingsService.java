package dev.bsa.sim.application.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.sim.application.model.SettingsDocument;
import dev.bsa.sim.application.port.in.ManageSettingsUseCase;

/** Reads and changes the settings in force; a change out of range is refused whole. */
public final class ManageSettingsService implements ManageSettingsUseCase {

    private final SettingsRepository settings;

    public ManageSettingsService(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Settings current() {
        return settings.current();
    }

    @Override
    public Result<Settings> change(SettingsDocument changes) {
        Settings changed;
        try {
            changed = changes.applyTo(settings.current());
        } catch (IllegalArgumentException | ArithmeticException outOfRange) {
            return Result.reject(ErrorCode.INVALID_PARAMETER, outOfRange.getMessage());
        }
        settings.save(changed);
        return Result.success(changed);
    }
}
