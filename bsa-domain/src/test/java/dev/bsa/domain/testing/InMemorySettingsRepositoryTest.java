package dev.bsa.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.testing.contract.SettingsRepositoryContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@link SettingsRepositoryContract} against {@link InMemorySettingsRepository}, which starts at the defaults. */
class InMemorySettingsRepositoryTest extends SettingsRepositoryContract {

    @Override
    protected SettingsRepository newRepository() {
        return new InMemorySettingsRepository();
    }

    @Test
    void givenNewRepository_current_isTheDefaults() {
        assertThat(new InMemorySettingsRepository().current()).isEqualTo(Settings.defaults());
    }

    @Test
    void givenUpdate_current_isTheChangedSettings() {
        InMemorySettingsRepository repository = new InMemorySettingsRepository();

        repository.update(settings -> settings.withAuthDeadline(Duration.ofSeconds(90)));

        assertThat(repository.current().authDeadline()).isEqualTo(Duration.ofSeconds(90));
    }
}
