package dev.bsa.sim.adapter.in.http;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/** The luminance of a {@link BufferedImage}, for zxing core's readers (zxing-javase is not on the class path). */
final class BufferedImageLuminanceSource extends LuminanceSource {

    private final byte[] luminances;

    BufferedImageLuminanceSource(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        luminances = new byte[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                luminances[y * image.getWidth() + x] = (byte) ((red * 299 + green * 587 + blue * 114) / 1000);
            }
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row outside the image: " + y);
        }
        byte[] target = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
        System.arraycopy(luminances, y * getWidth(), target, 0, getWidth());
        return target;
    }

    @Override
    public byte[] getMatrix() {
        return luminances.clone();
    }
}
