package dev.bsa.bench.load;

import java.util.Map;

/**
 * TOTP logins with the right code over plain HTTP ({@code POST /api/v1/auth/totp}, the website's call), the code
 * computed as the app computes it for the simulator's virtual time; each user logs in once per step and the
 * {@link TotpTimeline} moves the clock on when a worker has used all its users. Latency: request to answer.
 */
final class HttpTotpLogins implements LoginRunner {

    private final WireClient wire;
    private final Map<String, String> website;
    private final TotpTimeline timeline;
    private final AppTotp app;

    HttpTotpLogins(WireClient wire, String clientKey, TotpTimeline timeline) {
        this.wire = wire;
        this.website = Map.of(TotpCodeCalls.CLIENT_KEY_HEADER, clientKey);
        this.timeline = timeline;
        this.app = new AppTotp(timeline.rules());
    }

    @Override
    public Attempt attempt(WorkerUsers users) {
        return timeline.atFreshStep(step -> loginAt(step, users));
    }

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
            error = wire.post("/api/v1/auth/totp", website, Map.of("userKey", user.key(), "totpCode", code))
                    .error();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        users.loggedInAt(index, step.index());
        return new Attempt(started, System.nanoTime() - started, error);
    }
}
