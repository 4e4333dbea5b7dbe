package dev.bsa.domain.error;

import java.util.Objects;

/**
 * Why a use case said no: a catalogue {@link ErrorCode} and a detail for the integrator (which
 * parameter, which user, which state), never shown to end users instead of the catalogue text.
 *
 * @param code   the catalogue entry
 * @param detail a short English explanation of this particular rejection
 */
public record Rejection(ErrorCode code, String detail) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
