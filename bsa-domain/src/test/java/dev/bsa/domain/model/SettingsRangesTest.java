package dev.bsa.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The settings have the service's defaults and refuse values outside their ranges (a caller's mistake). */
class SettingsRangesTest {

    @Test
    void defaults_areTheServicesNumbers() {
        Settings defaults = Settings.defaults();

        assertThat(defaults.authDeadline()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.appOtp()).isEqualTo(new AppOtpRules(6, Duration.ofSeconds(60)));
        assertThat(defaults.totp())
                .isEqualTo(new TotpRules(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(60), 1, 5, ZoneOffset.UTC));
    }

    @Test
    void givenDeadlineOutsideOneSecondToOneHour_settings_refuseIt() {
        assertThatThrownBy(() -> Settings.defaults().withAuthDeadline(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        Settings.defaults().withAuthDeadline(Duration.ofHours(1).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settings.defaults().withAuthDeadline(null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Settings.defaults().withAuthDeadline(Duration.ofHours(1)).authDeadline())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givenTotpValuesOutOfRange_rules_refuseThem() {
        TotpRules rules = TotpRules.defaults();

        assertThatThrownBy(() -> new TotpRules(TotpAlgorithm.SHA1, 5, rules.step(), 1, 5, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpRules(TotpAlgorithm.SHA1, 6, Duration.ofMillis(1500), 1, 5, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withWindow(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withDailyLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAppOtpValuesOutOfRange_rules_refuseThem() {
        assertThatThrownBy(() -> new AppOtpRules(3, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppOtpRules(6, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenShortTotpSecret_of_refusesItAndSecretsNeverPrintTheirBytes() {
        assertThatThrownBy(() -> TotpSecret.of(new byte[9])).isInstanceOf(IllegalArgumentException.class);
        assertThat(TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .hasToString("TotpSecret[20 bytes]");
        assertThat(new IssuedTokens("secret-access", "secret-refresh").toString())
                .doesNotContain("secret");
    }
}
