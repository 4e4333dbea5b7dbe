package dev.bsa.domain.model;

import java.util.Objects;

/**
 * What a successful login gives the website, exactly as the SDK's {@code onSuccess} receives it.
 *
 * @param accessToken  a signed JWT naming the user, the client and the method
 * @param refreshToken an opaque, single-use token that obtains a new pair
 */
public record IssuedTokens(String accessToken, String refreshToken) {

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "IssuedTokens[redacted]";
    }
}
