package dev.bsa.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.bsa.web.browser.Tab;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Reads a QR code back from what a page drew on a canvas, as the phone's camera would. */
final class QrReader {

    private static final String PNG_DATA_URL = "data:image/png;base64,";

    private QrReader() {
    }

    /** The text of the QR code drawn on the canvas with this id. */
    static String readCanvas(Tab tab, String canvasId) {
        tab.darkPixelShare(canvasId);
        String dataUrl = (String) tab.script("return document.getElementById(arguments[0]).toDataURL('image/png');", canvasId);
        return decode(Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length())));
    }

    private static String decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (NotFoundException | ChecksumException | FormatException noQrCode) {
            throw new AssertionError("the canvas holds no readable QR code", noQrCode);
        }
    }
}
