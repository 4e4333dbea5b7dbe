package dev.bsa.domain.service;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.domain.port.out.UserRepository;
import java.util.Optional;

/**
 * Whether a user may log in to a website now, checked before any code is verified or push sent,
 * in this order: registered (2008), account status (5005–5008), linked to the website (3201), and
 * able to answer: a phone for push, OTP and QR, a TOTP secret for TOTP (2008).
 */
public final class UserPolicy {

    private final UserRepository users;
    private final LinkRepository links;

    public UserPolicy(UserRepository users, LinkRepository links) {
        this.users = users;
        this.links = links;
    }

    /** The user, when eligible to log in to {@code client} with {@code method}. */
    public Result<User> eligible(UserKey key, Client client, AuthMethod method) {
        return active(key).flatMap(user -> linkedTo(user, client)).flatMap(user -> canUse(user, method));
    }

    private Result<User> linkedTo(User user, Client client) {
        return links.isLinked(user.key(), client.key())
                ? Result.success(user)
                : Result.reject(
                        ErrorCode.CLIENT_NOT_LINKED, "user " + user.key() + " has not linked client " + client.key());
    }

    /** A TOTP login needs an enrolled secret, every other one a registered phone. */
    private Result<User> canUse(User user, AuthMethod method) {
        if (method == AuthMethod.TOTP) {
            return user.totpSecret().isPresent()
                    ? Result.success(user)
                    : Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user.key() + " has no TOTP secret enrolled");
        }
        return hasPhone(user);
    }

    /** The user, when registered and in the active status (2008, 5005–5008). */
    public Result<User> active(UserKey key) {
        Optional<User> found = users.find(key);
        if (found.isEmpty()) {
            return Result.reject(ErrorCode.UNREGISTERED_USER, "user " + key + " is not registered");
        }
        User user = found.get();
        return user.status()
                .blockedWith()
                .<Result<User>>map(code -> Result.reject(code, "user " + key + " is " + user.status()))
                .orElseGet(() -> Result.success(user));
    }

    /** The user, when a phone is registered (2008 otherwise). */
    public Result<User> hasPhone(User user) {
        return user.deviceRegistered()
                ? Result.success(user)
                : Result.reject(ErrorCode.UNREGISTERED_USER, "user " + user.key() + " has no registered device");
    }
}
