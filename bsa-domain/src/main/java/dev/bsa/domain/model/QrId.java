package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;

/**
 * The identity a QR code carries; resolving it is how a scan finds its session.
 *
 * @param value the identifier as written on the wire
 */
public record QrId(String value) {

    public QrId {
        KeyFormat.require(value, KeyFormat.RANDOM_128, "qrId");
    }

    /** Parses untrusted input: a missing or malformed value is rejected with {@code INVALID_QR}. */
    public static Result<QrId> parse(String raw) {
        return KeyFormat.check(raw, KeyFormat.RANDOM_128, ErrorCode.INVALID_QR, "qrId")
                .map(QrId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
