package dev.bsa.domain.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A website registered with BSA: its key, its display name and the login types it is configured
 * for. A client whose login types do not include a method gets {@code 3301} for that method.
 *
 * @param key        the client key
 * @param name       the name shown on the user's phone
 * @param loginTypes the methods the client may use; empty means "login type not configured"
 */
public record Client(ClientKey key, String name, Set<AuthMethod> loginTypes) {

    public Client {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        loginTypes = loginTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(loginTypes));
    }

    /** A client configured for every method. */
    public static Client allowingEverything(ClientKey key, String name) {
        return new Client(key, name, EnumSet.allOf(AuthMethod.class));
    }

    /** True when the client's login type allows {@code method}. */
    public boolean allows(AuthMethod method) {
        return loginTypes.contains(method);
    }
}
