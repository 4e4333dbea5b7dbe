package dev.bsa.bench.load;

import dev.bsa.client.BsaException;
import dev.bsa.client.Tokens;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a login of the SDK's future API and naming how it ended. */
final class Outcomes {

    private Outcomes() {}

    /**
     * Waits for {@code login}: null when it gave tokens, else the BSA error code, or
     * {@link ErrorTally#CLIENT_TIMEOUT} (and the login is cancelled) when it took longer than {@code timeout}.
     */
    static String await(CompletableFuture<Tokens> login, Duration timeout) throws InterruptedException {
        try {
            login.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException failed) {
            return label(failed.getCause());
        } catch (TimeoutException late) {
            login.cancel(true);
            return ErrorTally.CLIENT_TIMEOUT;
        }
    }

    /** The error code of a {@link BsaException}; 2001 and the type for anything else. */
    static String label(Throwable failure) {
        if (failure instanceof BsaException bsa) {
            return String.valueOf(bsa.code());
        }
        return "2001 (" + failure.getClass().getSimpleName() + ")";
    }
}
