package dev.bsa.client;

import java.util.Objects;

/**
 * What a successful login gives the website, as BSA-JS's {@code onSuccess(data)} receives it:
 * {@code data.accessToken} and {@code data.refreshToken}.
 *
 * @param accessToken  the access token (a signed JWT naming the user, the client and the method)
 * @param refreshToken the refresh token (opaque, single use)
 */
public record Tokens(String accessToken, String refreshToken) {

    /**
     * Checks that both tokens are present.
     *
     * @param accessToken  the access token
     * @param refreshToken the refresh token
     * @throws NullPointerException when a token is null
     */
    public Tokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    /** Names the type only: tokens are credentials and stay out of logs. */
    @Override
    public String toString() {
        return "Tokens[redacted]";
    }
}
