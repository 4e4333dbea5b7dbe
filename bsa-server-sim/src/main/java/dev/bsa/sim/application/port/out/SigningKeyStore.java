package dev.bsa.sim.application.port.out;

import java.util.Optional;

/**
 * Where the token-signing key pair is kept (as a private JWK in JSON), so that tokens issued before
 * a restart still verify after it.
 */
public interface SigningKeyStore {

    /** The stored private JWK, if any. */
    Optional<String> load();

    /** Stores the private JWK, replacing any previous one. */
    void save(String privateJwkJson);

    /**
     * Stores the private JWK unless a key is stored already (atomically: of simulators sharing the store, one wins),
     * and returns the key the store holds afterwards, committed: this one or the one that was there.
     */
    String saveIfAbsent(String privateJwkJson);
}
