package dev.bsa.domain.model;

/** The HMAC algorithms RFC 6238 allows; the BSA app uses {@link #SHA1}. */
public enum TotpAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String macName;

    TotpAlgorithm(String macName) {
        this.macName = macName;
    }

    /** The JCA name of the MAC, e.g. {@code HmacSHA1}. */
    public String macName() {
        return macName;
    }
}
