package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AppOtpRules;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.port.out.SettingsRepository;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SettingsRepository} adapter promises; extend it with a fresh repository per test.
 * (What a fresh repository holds is the adapter's own business: the in-memory one starts at the defaults.)
 */
public abstract class SettingsRepositoryContract {

    private SettingsRepository repository;

    /** A new repository. */
    protected abstract SettingsRepository newRepository();

    @BeforeEach
    void startFresh() {
        repository = newRepository();
    }

    private static Settings everythingChanged() {
        return new Settings(
                Duration.ofSeconds(95),
                new AppOtpRules(8, Duration.ofSeconds(45)),
                new TotpRules(TotpAlgorithm.SHA512, 8, Duration.ofSeconds(30), 2, 7, ZoneId.of("Asia/Seoul")));
    }

    @Test
    void givenFreshRepository_current_isSomeValidSettings() {
        assertThat(repository.current()).isNotNull();
    }

    @Test
    void givenSavedSettings_current_returnsEveryFieldAsSaved() {
        Settings changed = everythingChanged();

        repository.save(changed);

        assertThat(repository.current()).isEqualTo(changed);
    }

    @Test
    void givenSavedDefaults_current_returnsTheDefaults() {
        repository.save(everythingChanged());

        repository.save(Settings.defaults());

        assertThat(repository.current()).isEqualTo(Settings.defaults());
    }

    @Test
    void givenTwoSaves_current_returnsTheLast() {
        repository.save(Settings.defaults().withAuthDeadline(Duration.ofSeconds(30)));

        repository.save(Settings.defaults().withAuthDeadline(Duration.ofSeconds(120)));

        assertThat(repository.current().authDeadline()).isEqualTo(Duration.ofSeconds(120));
    }
}
