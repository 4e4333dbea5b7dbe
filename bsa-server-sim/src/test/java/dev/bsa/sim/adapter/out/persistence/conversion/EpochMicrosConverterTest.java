package dev.bsa.sim.adapter.out.persistence.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpochMicrosConverterTest {

    private final EpochMicrosConverter converter = new EpochMicrosConverter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-01-15T09:00:00Z",
                "2026-01-15T09:00:00.123456Z",
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999999Z",
                "1900-02-28T12:34:56.000001Z",
                "2999-12-31T23:59:59.999999Z"
            })
    void givenInstantWithMicroseconds_aRoundTrip_keepsItExactly(String text) {
        Instant instant = Instant.parse(text);

        assertThat(converter.from(converter.to(instant))).isEqualTo(instant);
    }

    @Test
    void givenKnownInstants_to_countsMicrosecondsSinceTheEpoch() {
        assertThat(converter.to(Instant.parse("1970-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002L);
        assertThat(converter.to(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1L);
    }

    @Test
    void givenNanoseconds_to_dropsThemTowardThePast() {
        assertThat(converter.from(converter.to(Instant.parse("2026-01-15T09:00:00.123456789Z"))))
                .isEqualTo(Instant.parse("2026-01-15T09:00:00.123456Z"));
        assertThat(converter.from(converter.to(Instant.parse("1969-12-31T23:59:59.999999999Z"))))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    }

    @Test
    void givenNull_bothDirections_giveNull() {
        assertThat(converter.to(null)).isNull();
        assertThat(converter.from(null)).isNull();
    }
}
