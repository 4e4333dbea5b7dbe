package dev.bsa.sim.adapter.out.persistence;

import java.util.regex.Pattern;

/** The form every stored token hash has: SHA-256 as 64 lower-case hexadecimal digits. */
final class TokenHashes {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private TokenHashes() {}

    /** The hash when well formed; an {@link IllegalArgumentException} otherwise (a stored row that is not ours). */
    static String require(String hash) {
        if (hash == null || !SHA256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("a token hash must be 64 lower-case hexadecimal digits");
        }
        return hash;
    }
}
