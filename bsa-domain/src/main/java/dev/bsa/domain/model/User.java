package dev.bsa.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A BSA user: account status, whether a phone (device) is registered, and the TOTP secret the app
 * shares with the server, if the user enrolled one.
 *
 * @param key              the user key
 * @param status           the account status
 * @param deviceRegistered true when a phone is registered, so pushes can reach the user
 * @param totpSecret       the shared TOTP secret, when enrolled
 */
public record User(UserKey key, UserStatus status, boolean deviceRegistered, Optional<TotpSecret> totpSecret) {

    public User {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(totpSecret, "totpSecret");
    }

    /** An active user with a registered phone and the given TOTP secret. */
    public static User active(UserKey key, TotpSecret secret) {
        return new User(key, UserStatus.ACTIVE, true, Optional.of(secret));
    }

    /** This user with another status. */
    public User withStatus(UserStatus newStatus) {
        return new User(key, newStatus, deviceRegistered, totpSecret);
    }

    /** This user with or without a registered phone. */
    public User withDeviceRegistered(boolean registered) {
        return new User(key, status, registered, totpSecret);
    }

    /** This user with another TOTP secret (or none). */
    public User withTotpSecret(Optional<TotpSecret> secret) {
        return new User(key, status, deviceRegistered, secret);
    }
}
