package dev.bsa.sim.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OtpAuthUriTest {

    private static final TotpSecret SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void defaultRules_giveTheAppsUri_withPeriodWrittenOut() {
        String uri = OtpAuthUri.of("BSA", "alice", SECRET, TotpRules.defaults());

        assertThat(uri)
                .isEqualTo("otpauth://totp/BSA:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=BSA&algorithm=SHA1&digits=6&period=60");
    }

    @Test
    void labelPartsAndIssuer_arePercentEncoded_andParseBack() {
        String uri = OtpAuthUri.of("BSA Simulator", "kim+test@example.com", SECRET, TotpRules.defaults());

        assertThat(uri)
                .startsWith("otpauth://totp/BSA%20Simulator:kim%2Btest%40example.com?")
                .contains("&issuer=BSA%20Simulator&")
                .doesNotContain(" ");
        URI parsed = URI.create(uri);
        assertThat(parsed.getScheme()).isEqualTo("otpauth");
        assertThat(parsed.getHost()).isEqualTo("totp");
        assertThat(parsed.getPath()).isEqualTo("/BSA Simulator:kim+test@example.com");
        assertThat(parsed.getQuery()).contains("issuer=BSA Simulator");
    }

    @Test
    void aColonInsideALabelPart_isEncodedSoTheSeparatorStaysUnique() {
        String uri = OtpAuthUri.of("A:B", "user", SECRET, TotpRules.defaults());

        assertThat(uri).startsWith("otpauth://totp/A%3AB:user?");
    }

    @Test
    void otherRules_areWrittenAsTheyAre() {
        TotpRules rules = new TotpRules(TotpAlgorithm.SHA256, 8, Duration.ofSeconds(30), 1, 5, ZoneOffset.UTC);

        assertThat(OtpAuthUri.of("BSA", "bob", SECRET, rules)).endsWith("&algorithm=SHA256&digits=8&period=30");
    }

    @Test
    void theSecret_decodesBackToTheSameBytes() {
        String uri = OtpAuthUri.of("BSA", "alice", SECRET, TotpRules.defaults());
        String base32 = uri.replaceAll(".*[?&]secret=([^&]*).*", "$1");

        assertThat(TotpSecret.of(Base32.decode(base32))).isEqualTo(SECRET);
    }

    @Test
    void aMissingIssuerOrAccount_isAProgrammingError() {
        assertThatThrownBy(() -> OtpAuthUri.of(" ", "alice", SECRET, TotpRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtpAuthUri.of("BSA", null, SECRET, TotpRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
