package dev.bsa.bench.load;

import dev.bsa.client.Bsa;
import java.time.Duration;

/**
 * Push logins through the SDK's future API ({@code requestAuth}): the start request, the user's phone
 * approving at once on the simulator's side, and the tokens arriving over the channel's WebSocket (or
 * by polling, the SDK's fallback). The latency runs from the start request to the tokens.
 */
final class PushLogins implements LoginRunner {

    private final Bsa bsa;
    private final Duration timeout;

    PushLogins(Bsa bsa, Duration timeout) {
        this.bsa = bsa;
        this.timeout = timeout;
    }

    @Override
    public Attempt attempt(WorkerUsers users) throws InterruptedException {
        LoadUser user = users.next();
        long started = System.nanoTime();
        String error = Outcomes.await(bsa.futures().requestAuth(user.key()), timeout);
        return new Attempt(started, System.nanoTime() - started, error);
    }
}
