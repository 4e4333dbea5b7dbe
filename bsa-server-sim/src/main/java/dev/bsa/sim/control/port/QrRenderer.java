package dev.bsa.sim.control.port;

/** Draws QR codes as PNG images, for websites that show the code of a QR login. */
public interface QrRenderer {

    /** A PNG of a QR code holding {@code payload}, about {@code sizePixels} wide. */
    byte[] png(String payload, int sizePixels);
}
