package dev.bsa.sim.adapter.out.token;

import dev.bsa.sim.application.port.out.SigningKeyStore;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the authority gets its signing key: a key already in the store is read and checked at once, so a
 * damaged one stops the start; a database without one gets a new key on first use (or when
 * {@link NimbusTokenAuthority#ensureSigningKey()} asks for it), which keeps generating it off the start.
 */
final class SigningKeySource implements Supplier<EcSigningKey> {

    private final SigningKeyStore store;
    private volatile EcSigningKey key;

    SigningKeySource(SigningKeyStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.key = store.load().map(EcSigningKey::of).orElse(null);
    }

    /** The key, generated and saved in the store by the first caller that finds none. */
    @Override
    public EcSigningKey get() {
        EcSigningKey current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    current = EcSigningKey.loadOrCreate(store);
                    key = current;
                }
            }
        }
        return current;
    }
}
