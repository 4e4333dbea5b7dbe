package dev.bsa.bench.soak;

import dev.bsa.client.Bsa;
import dev.bsa.client.BsaAdmin;
import dev.bsa.client.SimulationControls;
import dev.bsa.client.SimulatorSettings;
import dev.bsa.client.UserAccount;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.sim.adapter.out.totp.JavaOtpTotpCodeGenerator;
import dev.bsa.sim.application.model.Base32;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TOTP logins over HTTP in rounds: in each round every user logs in once with the right code for the
 * simulator's (virtual) time, the users shared among concurrent workers; then the clock moves on by
 * {@code clockJump} (whole TOTP steps, so the next round's codes are fresh). A jump of one hour makes a
 * virtual day pass every 24 rounds, so retention, the daily counters and token expiry all come into play
 * within minutes. Thread-safe counters; one instance per simulator.
 */
final class TotpRounds implements AutoCloseable {

    private static final String CLIENT_KEY = "soak-client";

    private final SimulationControls simulation;
    private final Bsa bsa;
    private final List<User> users;
    private final ExecutorService workers;
    private final int workerCount;
    private final Duration clockJump;
    private final TotpRules rules;
    private final JavaOtpTotpCodeGenerator app = new JavaOtpTotpCodeGenerator();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private Instant now;

    private record User(String key, TotpSecret secret) {}

    private TotpRounds(
            SimulationControls simulation,
            Bsa bsa,
            List<User> users,
            int workerCount,
            Duration clockJump,
            TotpRules rules) {
        this.simulation = simulation;
        this.bsa = bsa;
        this.users = users;
        this.workerCount = workerCount;
        this.workers = Executors.newFixedThreadPool(workerCount);
        this.clockJump = clockJump;
        this.rules = rules;
        this.now = simulation.clock().now();
    }

    /**
     * Creates the website and {@code userCount} users on the simulator at {@code baseUrl} (virtual clock),
     * raises the daily TOTP limit out of the way, and rounds the clock jump up to whole TOTP steps.
     */
    static TotpRounds enrol(String baseUrl, String adminToken, int userCount, int workerCount, Duration clockJump) {
        BsaAdmin admin = BsaAdmin.connect(baseUrl, adminToken);
        SimulationControls simulation = admin.simulation();
        SimulatorSettings.Totp totp = simulation
                .changeSettings(new SimulatorSettings(
                        null, null, new SimulatorSettings.Totp(null, null, null, null, 1_000_000, null)))
                .totp();
        TotpRules rules = new TotpRules(
                TotpAlgorithm.valueOf(totp.algorithm()),
                totp.digits(),
                Duration.ofSeconds(totp.stepSeconds()),
                totp.window(),
                totp.dailyLimit(),
                ZoneId.of(totp.dayZone()));
        admin.saveClient(CLIENT_KEY, "BSA soak", EnumSet.of(AuthMethod.TOTP));
        List<User> users = new ArrayList<>();
        for (int index = 0; index < userCount; index++) {
            String key = String.format(Locale.ROOT, "soak-%05d", index);
            UserAccount account = admin.saveUser(key, UserStatus.ACTIVE, null, null);
            admin.phones().register(key);
            admin.link(key, CLIENT_KEY);
            users.add(new User(key, TotpSecret.of(Base32.decode(account.totpSecret()))));
        }
        long steps = Math.max(1, (clockJump.toSeconds() + totp.stepSeconds() - 1) / totp.stepSeconds());
        Bsa bsa = Bsa.builder(CLIENT_KEY).baseUrl(baseUrl).build();
        return new TotpRounds(simulation, bsa, users, workerCount, rules.step().multipliedBy(steps), rules);
    }

    /** Runs rounds until {@code duration} has passed (the last round is finished); returns the logins made. */
    long runFor(Duration duration) throws InterruptedException {
        long before = succeeded.get();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() - end < 0) {
            round();
        }
        return succeeded.get() - before;
    }

    /** Runs rounds until at least {@code logins} more logins were made. */
    void runLogins(long logins) throws InterruptedException {
        long target = succeeded.get() + logins;
        while (succeeded.get() < target) {
            round();
        }
    }

    /** One login of every user at the current instant, then the clock moves on. */
    private void round() throws InterruptedException {
        Instant at = now;
        List<CompletableFuture<Void>> shares = new ArrayList<>();
        for (int worker = 0; worker < workerCount; worker++) {
            int first = worker;
            shares.add(CompletableFuture.runAsync(
                    () -> {
                        for (int index = first; index < users.size(); index += workerCount) {
                            login(users.get(index), at);
                        }
                    },
                    workers));
        }
        CompletableFuture.allOf(shares.toArray(CompletableFuture[]::new)).join();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        now = simulation.advanceClock(clockJump).now();
    }

    private void login(User user, Instant at) {
        String code = app.generate(user.secret(), at, rules);
        try {
            bsa.futures().requestTotp(user.key(), code).get(30, TimeUnit.SECONDS);
            succeeded.incrementAndGet();
        } catch (Exception failure) {
            failed.incrementAndGet();
        }
    }

    /** Logins that gave tokens so far. */
    long succeeded() {
        return succeeded.get();
    }

    /** Logins that failed so far. */
    long failed() {
        return failed.get();
    }

    /** The simulator's instant as the rounds left it. */
    Instant now() {
        return now;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        bsa.close();
    }
}
