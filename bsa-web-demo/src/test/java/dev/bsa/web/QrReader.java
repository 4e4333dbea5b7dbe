package dev.bsa.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.bsa.web.browser.Tab;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Reads a QR code back from what a page shows (a canvas, an image), as the phone's camera would. */
final class QrReader {

    private static final String PNG_DATA_URL = "data:image/png;base64,";
    private static final int QUARTER_TURNS = 4;

    private QrReader() {}

    /** The text of the QR code drawn on the canvas with this id. */
    static String readCanvas(Tab tab, String canvasId) {
        tab.darkPixelShare(canvasId);
        return readDataUrl(
                (String) tab.script("return document.getElementById(arguments[0]).toDataURL('image/png');", canvasId));
    }

    /** The text of the QR code in a PNG {@code data:} URL: an {@code <img>}'s {@code src}, a canvas's {@code toDataURL()}. */
    static String readDataUrl(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PNG_DATA_URL)) {
            throw new AssertionError("not a PNG data URL: " + dataUrl);
        }
        return decode(Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length())));
    }

    /**
     * Decodes the image held upright, then turned by a quarter, a half and three quarters, as a phone held
     * any way round sees it: ZXing's finder misreads about one well-formed code in a hundred in one
     * orientation (a pattern in the data that looks like a finder), and reads it in another.
     */
    private static String decode(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        int size = image.getWidth();
        if (image.getHeight() != size) {
            throw new AssertionError("the canvas is not square: " + size + " x " + image.getHeight());
        }
        int[] pixels = image.getRGB(0, 0, size, size, null, 0, size);
        ReaderException lastFailure = null;
        for (int turn = 0; turn < QUARTER_TURNS; turn++) {
            try {
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
                return new QRCodeReader().decode(bitmap).getText();
            } catch (NotFoundException | ChecksumException | FormatException notReadThisWay) {
                lastFailure = notReadThisWay;
            }
            pixels = quarterTurn(pixels, size);
        }
        throw new AssertionError("the canvas holds no readable QR code", lastFailure);
    }

    private static int[] quarterTurn(int[] pixels, int size) {
        int[] turned = new int[pixels.length];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                turned[x * size + (size - 1 - y)] = pixels[y * size + x];
            }
        }
        return turned;
    }
}
