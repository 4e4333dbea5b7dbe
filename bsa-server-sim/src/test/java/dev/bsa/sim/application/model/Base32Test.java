package dev.bsa.sim.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    /** RFC 4648, section 10, written without the padding this codec leaves out. */
    @ParameterizedTest(name = "\"{0}\" <-> \"{1}\"")
    @CsvSource(
            value = {
                "'',       ''",
                "f,        MY",
                "fo,       MZXQ",
                "foo,      MZXW6",
                "foob,     MZXW6YQ",
                "fooba,    MZXW6YTB",
                "foobar,   MZXW6YTBOI",
            })
    void rfc4648_vectors(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({
        "MY======,         f",
        "MZXW6YQ=,         foob",
        "MZXW6YTBOI======, foobar",
        "mzxw6ytboi,       foobar",
        "'MZXW 6YTB OI',   foobar",
        "'mzxw 6ytb oi==', foobar",
    })
    void decode_toleratesPaddingLowerCaseAndSpaces(String encoded, String plain) {
        assertThat(Base32.decode(encoded)).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aTypicalTotpSecret_roundTrips() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(secret)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(secret);
    }

    @Test
    void randomBytesOfEveryLength_roundTrip() {
        Random random = new Random(42);
        for (int length = 0; length <= 70; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);

            String encoded = Base32.encode(bytes);

            assertThat(encoded).matches("[A-Z2-7]*").doesNotContain("=");
            assertThat(Base32.decode(encoded)).isEqualTo(bytes);
            assertThat(Base32.decode(encoded.toLowerCase(Locale.ROOT))).isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW1", "MZXW8", "MZ-XW", "MZ=XW6", "MZXW6!", "MZXW\u00e96", "M\u0130XW6"})
    void decode_rejectsCharactersOutsideTheAlphabet(String encoded) {
        assertThatThrownBy(() -> Base32.decode(encoded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Base32 character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "MZX", "MZXW6Y", "MZXW6YTBO"})
    void decode_rejectsLengthsNoByteCountProduces(String encoded) {
        assertThatThrownBy(() -> Base32.decode(encoded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }
}
