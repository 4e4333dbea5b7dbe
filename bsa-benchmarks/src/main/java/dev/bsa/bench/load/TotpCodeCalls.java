package dev.bsa.bench.load;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One JSON call per attempt with a TOTP login body ({@code {"userKey", "totpCode"}}), for the same users and
 * codes on the simulator and on the bare baseline: the right code ({@code /sign} of the bare app) or a code wrong
 * for the whole window (the simulator's {@code /api/v1/auth/totp} refusing it with 3005, the bare {@code /json}).
 * An attempt succeeds when the envelope's {@code rtCode} is the one expected. Latency: request to answer.
 */
final class TotpCodeCalls implements LoginRunner {

    static final String CLIENT_KEY_HEADER = "X-BSA-Client-Key";

    private final WireClient wire;
    private final String path;
    private final Map<String, String> website;
    private final int expectedRtCode;
    private final boolean rightCode;
    private final AppTotp app;
    private final Supplier<Instant> time;

    /**
     * @param path           where to post
     * @param expectedRtCode the answer's {@code rtCode} that counts as success (0, or 3005 for a wrong code)
     * @param rightCode      true: the right code for {@code time} (one HMAC); false: a code wrong for every step of
     *                       the window (three HMACs, on the client as on the server)
     */
    TotpCodeCalls(
            WireClient wire,
            String path,
            String clientKey,
            int expectedRtCode,
            boolean rightCode,
            AppTotp app,
            Supplier<Instant> time) {
        this.wire = wire;
        this.path = path;
        this.website = Map.of(CLIENT_KEY_HEADER, clientKey);
        this.expectedRtCode = expectedRtCode;
        this.rightCode = rightCode;
        this.app = app;
        this.time = time;
    }

    @Override
    public Attempt attempt(WorkerUsers users) throws InterruptedException {
        LoadUser user = users.next();
        Instant at = time.get();
        String code = rightCode ? app.code(user.totpSecret(), at) : app.wrongCode(user.totpSecret(), at);
        long started = System.nanoTime();
        WireClient.Reply reply = wire.post(path, website, Map.of("userKey", user.key(), "totpCode", code));
        long latency = System.nanoTime() - started;
        int rtCode = reply.rtCode();
        return new Attempt(
                started,
                latency,
                rtCode == expectedRtCode ? null : rtCode >= 0 ? String.valueOf(rtCode) : "HTTP " + reply.status());
    }
}
