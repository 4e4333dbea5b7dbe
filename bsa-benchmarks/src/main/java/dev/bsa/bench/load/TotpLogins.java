package dev.bsa.bench.load;

import dev.bsa.client.Bsa;
import java.time.Duration;

/**
 * TOTP logins through the SDK's future API ({@code requestTotp}) with the right code, computed here as
 * the BSA app computes it (offline, from the user's secret and the simulator's time, with java-otp, the
 * library the simulator checks it with). The latency runs from the request to its answer; the
 * code's computing and any wait for the clock to move are outside it.
 */
final class TotpLogins implements LoginRunner {

    private final Bsa bsa;
    private final TotpTimeline timeline;
    private final Duration timeout;
    private final AppTotp app;

    TotpLogins(Bsa bsa, TotpTimeline timeline, Duration timeout) {
        this.bsa = bsa;
        this.timeline = timeline;
        this.timeout = timeout;
        this.app = new AppTotp(timeline.rules());
    }

    @Override
    public Attempt attempt(WorkerUsers users) {
        return timeline.atFreshStep(step -> loginAt(step, users));
    }

    /** A login of a user who has not logged in at {@code step}; null when there is none left. */
    private Attempt loginAt(TotpTimeline.Step step, WorkerUsers users) {
        int index = users.nextFreshAt(step.index());
        if (index < 0) {
            return null;
        }
        LoadUser user = users.get(index);
        String code = app.code(user.totpSecret(), step.instant());
        long started = System.nanoTime();
        String error;
        try {
            error = Outcomes.await(bsa.futures().requestTotp(user.key(), code), timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        users.loggedInAt(index, step.index());
        return new Attempt(started, System.nanoTime() - started, error);
    }
}
