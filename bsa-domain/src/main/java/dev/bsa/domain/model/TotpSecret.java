package dev.bsa.domain.model;

import java.security.MessageDigest;
import java.util.Arrays;

/** The secret key shared by the user's app and the server for TOTP (RFC 6238); at least 10 bytes. */
public final class TotpSecret {

    /** RFC 4226 asks for at least 128 bits and recommends 160; 80 bits is the floor accepted here. */
    public static final int MIN_BYTES = 10;

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A secret holding a copy of {@code bytes}; throws when shorter than {@link #MIN_BYTES}. */
    public static TotpSecret of(byte[] bytes) {
        if (bytes == null || bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("a TOTP secret needs at least " + MIN_BYTES + " bytes");
        }
        return new TotpSecret(bytes.clone());
    }

    /** A copy of the secret's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret secret && MessageDigest.isEqual(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[" + bytes.length + " bytes]";
    }
}
