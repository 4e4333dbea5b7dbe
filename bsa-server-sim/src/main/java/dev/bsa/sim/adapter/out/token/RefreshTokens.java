package dev.bsa.sim.adapter.out.token;

import java.util.Base64;
import java.util.regex.Pattern;

/** The form of opaque refresh tokens: 32 random bytes in base64url, known to the store only by SHA-256. */
final class RefreshTokens {

    /** Random bytes per token. */
    static final int BYTES = 32;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private RefreshTokens() {}

    /** The token text of {@code random} bytes: base64url without padding. */
    static String encode(byte[] random) {
        if (random.length != BYTES) {
            throw new IllegalArgumentException(
                    "a refresh token needs " + BYTES + " random bytes, got " + random.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** True when {@code token} could be one of ours, checked before any hashing or lookup. */
    static boolean isWellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }
}
