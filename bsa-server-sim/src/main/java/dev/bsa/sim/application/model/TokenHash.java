package dev.bsa.sim.application.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 as 64 lower-case hexadecimal digits: the form under which bearer secrets (device and refresh tokens) are
 * stored, and the one digest the simulator computes (migration scripts are checked with it too).
 */
public final class TokenHash {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    private TokenHash() {}

    /** The hash of {@code text} (its UTF-8 bytes). */
    public static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** {@code hash} when it has the form {@link #of} gives; an {@link IllegalArgumentException} otherwise. */
    public static String requireWellFormed(String hash) {
        if (hash == null || !FORM.matcher(hash).matches()) {
            throw new IllegalArgumentException("a token hash must be 64 lower-case hexadecimal digits");
        }
        return hash;
    }
}
