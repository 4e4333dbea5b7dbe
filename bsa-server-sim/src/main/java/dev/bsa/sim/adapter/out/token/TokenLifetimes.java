package dev.bsa.sim.adapter.out.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How long issued tokens are accepted.
 *
 * @param access  the access token's lifetime, at least one second (JWT times are whole seconds)
 * @param refresh the refresh token's lifetime, at least as long as the access token's
 */
public record TokenLifetimes(Duration access, Duration refresh) {

    public TokenLifetimes {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
        if (access.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the access token lifetime must be at least 1 s, was " + access);
        }
        if (refresh.compareTo(access) < 0) {
            throw new IllegalArgumentException(
                    "the refresh token lifetime must be at least the access token's, was " + refresh);
        }
    }

    /** Ten minutes for access tokens, fourteen days for refresh tokens. */
    public static TokenLifetimes defaults() {
        return new TokenLifetimes(Duration.ofMinutes(10), Duration.ofDays(14));
    }
}
