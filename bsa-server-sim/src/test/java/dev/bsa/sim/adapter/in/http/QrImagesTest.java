package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrImagesTest {

    private static final String PAYLOAD = "bsa://qr/0123456789abcdef0123456789abcdef";

    private final QrImages renderer = new QrImages();

    @Test
    void png_startsWithThePngSignature() {
        byte[] png = renderer.png(PAYLOAD, 200);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 200, 256, 512})
    void png_decodesToASquareImageOfAboutTheRequestedSize(int size) throws IOException {
        BufferedImage image = read(renderer.png(PAYLOAD, size));

        assertThat(image.getWidth()).isEqualTo(image.getHeight());
        assertThat(image.getWidth()).isBetween(size, size + size / 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {PAYLOAD, "otpauth://totp/BSA:alice?secret=GEZDGNBVGY3TQOJQ&issuer=BSA&period=60", "로그인 QR"})
    void png_holdsThePayload(String payload) throws Exception {
        BufferedImage image = read(renderer.png(payload, 300));

        Result decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));

        assertThat(decoded.getText()).isEqualTo(payload);
    }

    @Test
    void emptyPayloadOrAbsurdSize_isAProgrammingError() {
        assertThatThrownBy(() -> renderer.png("", 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.png(PAYLOAD, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.png(PAYLOAD, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPayloadTooLongForAnyQrCode_isRefusedWithIllegalArgument() {
        assertThatThrownBy(() -> renderer.png("x".repeat(5_000), 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit");
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads the PNG").isNotNull();
        return image;
    }
}
