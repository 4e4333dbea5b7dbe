package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Settings;
import dev.bsa.sim.application.model.SettingsDocument;

/** The settings in force: deadline, code rules, TOTP window and limits. */
public interface ManageSettingsUseCase {

    /** The settings in force. */
    Settings current();

    /** Changes the settings the document gives, keeping the rest; 2002 (and nothing changed) for a value out of range. */
    Result<Settings> change(SettingsDocument changes);
}
