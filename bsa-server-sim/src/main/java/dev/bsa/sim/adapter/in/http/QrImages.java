package dev.bsa.sim.adapter.in.http;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * The images of QR logins: codes drawn with zxing core's encoder and written as black-and-white PNGs with
 * the JDK's image I/O (no display needed), for websites that show the code of a QR login.
 */
final class QrImages {

    /** The smallest image size accepted, in pixels. */
    public static final int MIN_SIZE = 21;
    /** The largest image size accepted, in pixels. */
    public static final int MAX_SIZE = 2048;

    private static final int BLACK = 0;
    private static final int WHITE = 1;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN,
            4);

    /**
     * A PNG of a QR code holding {@code payload}, about {@code sizePixels} wide.
     *
     * @throws IllegalArgumentException when the payload is empty or too long for a QR code, or the
     *                                  size is outside {@link #MIN_SIZE}..{@link #MAX_SIZE}
     */
    byte[] png(String payload, int sizePixels) {
        Objects.requireNonNull(payload, "payload");
        if (payload.isEmpty()) {
            throw new IllegalArgumentException("payload is empty");
        }
        if (sizePixels < MIN_SIZE || sizePixels > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", was " + sizePixels);
        }
        return encodePng(toImage(encode(payload, sizePixels)));
    }

    private static BitMatrix encode(String payload, int sizePixels) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, sizePixels, sizePixels, HINTS);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the payload does not fit a QR code (" + payload.length() + " chars)", e);
        }
    }

    private static BufferedImage toImage(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        return image;
    }

    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("the JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return png.toByteArray();
    }
}
