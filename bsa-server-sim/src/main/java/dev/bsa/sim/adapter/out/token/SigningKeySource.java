package dev.bsa.sim.adapter.out.token;

import dev.bsa.sim.application.port.out.SigningKeyStore;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Where the authority gets its signing key. A key already in the store is read and checked at once, so a damaged one
 * stops the start. A store without one gets a new key made on a thread of its own while the rest of the simulator
 * starts (loading the classes that make it costs a few hundred milliseconds of one processor); the key is stored with
 * an insert-if-absent, committed, before anyone can sign with it, and when another simulator sharing the store was
 * first, its key is the one used. Nothing is signed before that: {@link #get()} waits for it.
 */
final class SigningKeySource implements Supplier<EcSigningKey> {

    private volatile CompletableFuture<EcSigningKey> key;

    SigningKeySource(SigningKeyStore store) {
        Objects.requireNonNull(store, "store");
        this.key = store.load()
                .map(stored -> CompletableFuture.completedFuture(EcSigningKey.of(stored)))
                .orElseGet(
                        () -> CompletableFuture.supplyAsync(() -> EcSigningKey.createIn(store), SigningKeySource::run));
    }

    private static void run(Runnable making) {
        Thread thread = new Thread(making, "bsa-signing-key");
        thread.setDaemon(true);
        thread.start();
    }

    /** Signs with {@code replacement} from now on (the caller stored it first). */
    void replace(EcSigningKey replacement) {
        key.join();
        key = CompletableFuture.completedFuture(Objects.requireNonNull(replacement, "replacement"));
    }

    /** The key, once it is stored; waits while a new one is being made and stored. */
    @Override
    public EcSigningKey get() {
        try {
            return key.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
