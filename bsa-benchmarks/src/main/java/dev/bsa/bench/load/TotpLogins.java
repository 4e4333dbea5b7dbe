package dev.bsa.bench.load;

import dev.bsa.client.Bsa;
import java.time.Duration;
import java.util.Map;

/**
 * TOTP logins with the right code, computed here as the BSA app computes it (offline, from the user's secret and the
 * simulator's virtual time, with java-otp, the library the simulator checks it with); each user logs in once per
 * step and the {@link TotpTimeline} moves the clock on when a worker has used all its users. Sent through the SDK's
 * future API ({@link #throughSdk}) or as the website's plain HTTP call ({@link #overHttp}). The latency runs from
 * the request to its answer; the code's computing and any wait for the clock to move are outside it.
 */
final class TotpLogins implements LoginRunner {

    /** One login call: the error it ended with, or null for tokens. */
    @FunctionalInterface
    interface Call {
        String login(String userKey, String code) throws InterruptedException;
    }

    private final Call call;
    private final TotpTimeline timeline;
    private final AppTotp app;

    private TotpLogins(Call call, TotpTimeline timeline) {
        this.call = call;
        this.timeline = timeline;
        this.app = new AppTotp(timeline.rules());
    }

    /** Through {@code bsa.futures().requestTotp}, each given up after {@code timeout}. */
    static TotpLogins throughSdk(Bsa bsa, TotpTimeline timeline, Duration timeout) {
        return new TotpLogins((user, code) -> Outcomes.await(bsa.futures().requestTotp(user, code), timeout), timeline);
    }

    /** As {@code POST /api/v1/auth/totp} with the website's client key. */
    static TotpLogins overHttp(WireClient wire, String clientKey, TotpTimeline timeline) {
        Map<String, String> website = Map.of(TotpCodeCalls.CLIENT_KEY_HEADER, clientKey);
        return new TotpLogins(
                (user, code) -> wire.post("/api/v1/auth/totp", website, Map.of("userKey", user, "totpCode", code))
                        .error(),
                timeline);
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
            error = call.login(user.key(), code);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        users.loggedInAt(index, step.index());
        return new Attempt(started, System.nanoTime() - started, error);
    }
}
