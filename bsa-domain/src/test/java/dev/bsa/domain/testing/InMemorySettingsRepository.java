package dev.bsa.domain.testing;

import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.out.SettingsRepository;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** A {@link SettingsRepository} holding one value, starting at {@link Settings#defaults()}. Thread-safe. */
public final class InMemorySettingsRepository implements SettingsRepository {

    private final AtomicReference<Settings> current = new AtomicReference<>(Settings.defaults());

    @Override
    public Settings current() {
        return current.get();
    }

    @Override
    public void save(Settings settings) {
        current.set(Objects.requireNonNull(settings, "settings"));
    }

    /** Changes the settings in force with {@code change}; returns the new settings. */
    public Settings update(UnaryOperator<Settings> change) {
        return current.updateAndGet(change);
    }
}
