package dev.bsa.sim.adapter.out.totp;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The RFC 4648 Base32 alphabet, as authenticator apps write TOTP secrets: output is upper case
 * without padding; input may be lower case and contain spaces and trailing padding.
 */
public final class Base32 {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int[] VALUES = new int[128];
    /** Remainders of the character count modulo 8 that no whole number of bytes produces. */
    private static final boolean[] IMPOSSIBLE_REMAINDER = {false, true, false, true, false, false, true, false};

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
            VALUES[Character.toLowerCase(ALPHABET[i])] = i;
        }
    }

    private Base32() {
    }

    /** The Base32 text of {@code bytes}, upper case, without padding. */
    public static String encode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(ALPHABET[(buffer >>> bits) & 0x1f]);
            }
        }
        if (bits > 0) {
            text.append(ALPHABET[(buffer << (5 - bits)) & 0x1f]);
        }
        return text.toString();
    }

    /**
     * The bytes {@code text} encodes; spaces are ignored, case does not matter and trailing
     * {@code =} padding is allowed.
     *
     * @throws IllegalArgumentException when a character is outside the alphabet or the length is impossible
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        String symbols = withoutPadding(text.replace(" ", ""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(symbols.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < symbols.length(); i++) {
            buffer = (buffer << 5) | valueOf(symbols.charAt(i), i);
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes.write((buffer >>> bits) & 0xff);
            }
        }
        if (IMPOSSIBLE_REMAINDER[symbols.length() % 8]) {
            throw new IllegalArgumentException("Base32 text of " + symbols.length() + " characters is truncated");
        }
        return bytes.toByteArray();
    }

    private static String withoutPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        return text.substring(0, end);
    }

    private static int valueOf(char symbol, int position) {
        int value = symbol < VALUES.length ? VALUES[symbol] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("not a Base32 character at position " + position
                    + ": U+" + String.format(Locale.ROOT, "%04X", (int) symbol));
        }
        return value;
    }
}
