package dev.bsa.sim.application.model;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 Base32, the encoding of TOTP secrets in authenticator apps, seed files and the admin API.
 * Output is upper case without padding; input may be lower case, grouped with spaces and padded at
 * the end, and is otherwise strict: any other character, or a length no byte count encodes to, is an
 * {@link IllegalArgumentException}.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** Which lengths modulo 8 a whole number of bytes encodes to: 0, 2, 4, 5 and 7 characters. */
    private static final boolean[] VALID_LENGTH_REMAINDERS = {true, false, true, false, true, true, false, true};

    private Base32() {}

    /** The Base32 text of {@code bytes}, upper case, unpadded. */
    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte value : bytes) {
            buffer = (buffer << 8) | (value & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /**
     * The bytes of Base32 {@code text}; an {@link IllegalArgumentException} for a character outside
     * the alphabet or a length that no whole number of bytes encodes to.
     */
    public static byte[] decode(String text) {
        String clean = text.replace(" ", "").toUpperCase(Locale.ROOT).replaceAll("=+$", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int index = 0; index < clean.length(); index++) {
            int value = ALPHABET.indexOf(clean.charAt(index));
            if (value < 0) {
                throw new IllegalArgumentException("not a Base32 character at position " + index);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >>> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        if (!VALID_LENGTH_REMAINDERS[clean.length() % 8]) {
            throw new IllegalArgumentException(
                    "truncated Base32 text: " + clean.length() + " characters encode no whole number of bytes");
        }
        return bytes.toByteArray();
    }
}
