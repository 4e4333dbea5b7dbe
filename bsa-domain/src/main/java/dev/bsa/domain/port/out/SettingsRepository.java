package dev.bsa.domain.port.out;

import dev.bsa.domain.model.Settings;

/** Where the current {@link Settings} are kept; read by every rule at the moment it applies. */
public interface SettingsRepository {

    /** The settings in force. */
    Settings current();

    /** Puts new settings in force. */
    void save(Settings settings);
}
