package dev.bsa.bench.load;

import dev.bsa.client.BsaAdmin;
import dev.bsa.domain.model.TotpRules;
import java.time.Duration;
import java.time.Instant;

/**
 * The flows of the baseline report, all driven by one {@link WireClient} kind: on the simulator (TOTP logins with
 * the right code, TOTP codes wrong for the whole window, push logins with self-approving phones, push logins whose
 * phone is the generator) and on the bare Javalin app ({@code /sign} with the right code, {@code /json} with a wrong
 * one), for the users of one {@link LoadSeed}.
 */
public final class ReportFlows {

    private final int workers;
    private final int latencyWorkers;
    private final Duration timeout;
    private final LoadSeed seed;

    /**
     * @param seed    the users the simulator was started with
     * @param workers        concurrent clients of every flow but {@link Simulator#pushLoginsApprovedByGenerator}
     * @param latencyWorkers concurrent clients of that one, which measures the approval-to-result latency: fewer
     *                       than the machine can serve, so that the latency is the server's work, not a queue
     * @param timeout        how long one call (or one push login's wait for its result) may take
     */
    public ReportFlows(LoadSeed seed, int workers, int latencyWorkers, Duration timeout) {
        this.seed = seed;
        this.workers = workers;
        this.latencyWorkers = latencyWorkers;
        this.timeout = timeout;
    }

    /** The flows on a simulator at {@code baseUrl}, started with the seed and a virtual clock. */
    public Simulator onSimulator(String baseUrl, String adminToken) {
        return new Simulator(
                new WireClient(baseUrl, timeout), TotpTimeline.start(BsaAdmin.connect(baseUrl, adminToken)));
    }

    /** The flows on a bare Javalin app at {@code baseUrl}. */
    public Bare onBare(String baseUrl) {
        return new Bare(new WireClient(baseUrl, timeout));
    }

    /** Flows on the simulator. */
    public final class Simulator {

        private final WireClient wire;
        private final TotpTimeline timeline;

        private Simulator(WireClient wire, TotpTimeline timeline) {
            this.wire = wire;
            this.timeline = timeline;
        }

        /** The TOTP rules in force there. */
        public TotpRules totpRules() {
            return timeline.rules();
        }

        /** {@code POST /api/v1/auth/totp} with the right code: a TOTP login. */
        public LoadFlow totpLogins() {
            return new LoadFlow(
                    "simulator TOTP login",
                    TotpLogins.overHttp(wire, seed.clientKey(), timeline),
                    seed.autoPhone(),
                    workers,
                    timeout);
        }

        /** {@code POST /api/v1/auth/totp} with a code wrong for every step of the window: 3005. */
        public LoadFlow wrongTotpCodes() {
            return new LoadFlow(
                    "simulator TOTP 3005",
                    new TotpCodeCalls(
                            wire,
                            "/api/v1/auth/totp",
                            seed.clientKey(),
                            3005,
                            false,
                            new AppTotp(timeline.rules()),
                            () -> timeline.current().instant()),
                    seed.autoPhone(),
                    workers,
                    timeout);
        }

        /** Push logins, the phones approving by themselves, tokens over the WebSocket. */
        public LoadFlow pushLogins() {
            return new LoadFlow(
                    "simulator push login (auto-approving phone)",
                    new PushSocketLogins(wire, seed.clientKey(), false),
                    seed.autoPhone(),
                    workers,
                    timeout);
        }

        /** Push logins approved by the generator through the device API: the approval-to-result latency. */
        public LoadFlow pushLoginsApprovedByGenerator() {
            return new LoadFlow(
                    "simulator push login (generator approves as the phone)",
                    new PushSocketLogins(wire, seed.clientKey(), true),
                    seed.manualPhone(),
                    latencyWorkers,
                    timeout);
        }
    }

    /** Flows on the bare Javalin app. */
    public final class Bare {

        private final WireClient wire;
        private final AppTotp app = new AppTotp(TotpRules.defaults());
        private final Instant now = Instant.now();

        private Bare(WireClient wire) {
            this.wire = wire;
        }

        /** {@code POST /sign} with the right code: parse the body, sign the token. */
        public LoadFlow sign() {
            return new LoadFlow(
                    "bare Javalin /sign",
                    new TotpCodeCalls(wire, "/sign", seed.clientKey(), 0, true, app, () -> now),
                    seed.autoPhone(),
                    workers,
                    timeout);
        }

        /** {@code POST /json} with a wrong code: parse the body, answer an error envelope. */
        public LoadFlow json() {
            return new LoadFlow(
                    "bare Javalin /json",
                    new TotpCodeCalls(wire, "/json", seed.clientKey(), 3005, false, app, () -> now),
                    seed.autoPhone(),
                    workers,
                    timeout);
        }
    }
}
