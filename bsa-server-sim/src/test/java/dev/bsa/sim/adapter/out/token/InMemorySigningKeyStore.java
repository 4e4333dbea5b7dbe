package dev.bsa.sim.adapter.out.token;

import dev.bsa.sim.application.port.out.SigningKeyStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A signing key store in memory that counts its writes. */
final class InMemorySigningKeyStore implements SigningKeyStore {

    private final AtomicReference<String> jwk = new AtomicReference<>();
    private final AtomicInteger saves = new AtomicInteger();

    InMemorySigningKeyStore() {}

    InMemorySigningKeyStore(String storedJwk) {
        jwk.set(storedJwk);
    }

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(jwk.get());
    }

    @Override
    public void save(String privateJwkJson) {
        jwk.set(privateJwkJson);
        saves.incrementAndGet();
    }

    @Override
    public String saveIfAbsent(String privateJwkJson) {
        if (jwk.compareAndSet(null, privateJwkJson)) {
            saves.incrementAndGet();
        }
        return jwk.get();
    }

    int saves() {
        return saves.get();
    }
}
