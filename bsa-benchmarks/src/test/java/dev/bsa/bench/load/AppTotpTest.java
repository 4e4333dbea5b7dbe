package dev.bsa.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The generator's TOTP codes: RFC 6238's SHA-1 vectors, and wrong codes that no step of the window accepts. */
class AppTotpTest {

    private static final TotpSecret RFC_SECRET =
            TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final TotpRules RFC_RULES =
            new TotpRules(TotpAlgorithm.SHA1, 8, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC);

    @Test
    void code_matchesRfc6238AppendixB() {
        AppTotp app = new AppTotp(RFC_RULES);

        assertThat(app.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("94287082");
        assertThat(app.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("07081804");
    }

    @Test
    void wrongCode_isNoneOfTheWindowsCodes() {
        AppTotp app = new AppTotp(RFC_RULES);
        Instant now = Instant.ofEpochSecond(1111111109);

        String wrong = app.wrongCode(RFC_SECRET, now);

        assertThat(wrong)
                .hasSize(8)
                .isNotIn(
                        app.code(RFC_SECRET, now.minusSeconds(30)),
                        app.code(RFC_SECRET, now),
                        app.code(RFC_SECRET, now.plusSeconds(30)));
    }

    @Test
    void seedSecrets_areRfc4648Base32() {
        assertThat(LoadSeed.base32("foobar".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6YTBOI");
        assertThat(LoadSeed.base32(new byte[20])).isEqualTo("A".repeat(32));
    }
}
