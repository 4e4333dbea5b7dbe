package dev.bsa.sim.application.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bearer secrets are stored as their SHA-256 in lower-case hex, never as themselves. */
class TokenHashTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(textBlock = """
            '',    e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            abc,   ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
            """)
    void theHash_isTheSha256OfTheToken_inLowerCaseHex(String token, String hash) {
        assertThat(TokenHash.of(token)).isEqualTo(hash);
    }

    @Test
    void aTokenOutsideAscii_isHashedAsUtf8_whateverThePlatformsDefaultCharset() {
        assertThat(TokenHash.of("\u00e9"))
                .as("SHA-256 of C3 A9, not of the Latin-1 byte E9")
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void differentTokens_haveDifferentHashes_ofSixtyFourHexDigits() {
        assertThat(TokenHash.of("demo-device-alice"))
                .isNotEqualTo(TokenHash.of("demo-device-alicE"))
                .matches("[0-9a-f]{64}");
    }
}
