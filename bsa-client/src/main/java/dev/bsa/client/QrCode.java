package dev.bsa.client;

import java.util.Arrays;
import java.util.Objects;

/**
 * The QR code of a QR login, what BSA-JS draws on its canvas: the website shows {@link #png()} (or
 * encodes {@link #payload()} itself) and the BSA app scans it.
 *
 * @param qrId    the QR login's id; {@link Bsa#onQrCancel(String, ErrorCallback)} cancels by it
 * @param payload the text inside the QR code
 * @param png     the QR code as a PNG image (a copy is kept and given out)
 */
public record QrCode(String qrId, String payload, byte[] png) {

    /**
     * Copies the image so that the record stays unchanged.
     *
     * @param qrId    the QR login's id
     * @param payload the text inside the QR code
     * @param png     the PNG image
     * @throws NullPointerException when a component is null
     */
    public QrCode {
        Objects.requireNonNull(qrId, "qrId");
        Objects.requireNonNull(payload, "payload");
        png = Objects.requireNonNull(png, "png").clone();
    }

    /**
     * The PNG image.
     *
     * @return a copy of the image bytes
     */
    @Override
    public byte[] png() {
        return png.clone();
    }

    /**
     * Equal when id, payload and image bytes are equal.
     *
     * @param other the object to compare with
     * @return true when equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof QrCode that
                && qrId.equals(that.qrId)
                && payload.equals(that.payload)
                && Arrays.equals(png, that.png);
    }

    /**
     * A hash of id, payload and image bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(qrId, payload, Arrays.hashCode(png));
    }

    /**
     * Id, payload and image size.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "QrCode[qrId=" + qrId + ", payload=" + payload + ", png=" + png.length + " bytes]";
    }
}
