package dev.bsa.client;

/**
 * What an authenticator app needs to compute a user's TOTP codes.
 *
 * @param otpauthUri the {@code otpauth://totp/...} URI (for a QR code)
 * @param secret     the shared secret in Base32
 * @param algorithm  SHA1, SHA256 or SHA512
 * @param digits     the code length
 * @param period     the step in seconds
 */
public record TotpEnrolment(String otpauthUri, String secret, String algorithm, int digits, long period) {}
