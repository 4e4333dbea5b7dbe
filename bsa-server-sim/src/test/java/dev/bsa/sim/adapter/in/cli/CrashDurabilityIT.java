package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.adapter.in.support.SimulatorProcess;
import dev.bsa.sim.application.model.Base32;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a simulator on an H2 {@code file:} database, several times, under concurrent TOTP logins and
 * token refreshes: after each restart every write the API had confirmed is there. An accepted TOTP step is not
 * accepted again, the day's attempts are all counted, a refresh token that was used stays used and one that was
 * issued works. Writes whose request got no answer (in flight at the kill) may have happened or not; only those are
 * left open.
 */
class CrashDurabilityIT {

    private static final String ADMIN = "crash-admin-token";
    private static final String SHOP = "crash-shop";
    private static final int ROUNDS = 3;
    private static final int WORKERS = 8;
    private static final int USERS_PER_WORKER = 2;
    /** Confirmed writes of a round after which the process is killed, while the workers go on writing. */
    private static final int WRITES_BEFORE_KILL = 150;

    private static final Duration STEP = Duration.ofSeconds(60);
    private static final int INVALID_PARAMETER = 2002;
    private static final int CODE_MISMATCH = 3005;

    @TempDir
    Path directory;

    @Test
    void givenConcurrentLogins_killMinus9_andRestart_keepEveryConfirmedWrite() throws Exception {
        List<Ledger> everyone = new ArrayList<>();
        Path seed = writeSeed();
        String db = "jdbc:h2:file:" + directory.resolve("bsa").toAbsolutePath();
        int port = SimulatorProcess.freePort();
        for (int round = 0; round < ROUNDS; round++) {
            List<Ledger> fresh = new ArrayList<>();
            for (int i = 0; i < WORKERS * USERS_PER_WORKER; i++) {
                fresh.add(new Ledger(userKey(round, i)));
            }
            try (SimulatorProcess simulator = start(db, seed, port)) {
                ApiClient api = new ApiClient(simulator.awaitStarted());
                if (round > 0) {
                    verify(api, everyone, round);
                }
                everyone.addAll(fresh);
                loadUntilKilled(simulator, api, fresh, everyone);
            }
        }
        try (SimulatorProcess simulator = start(db, seed, port)) {
            verify(new ApiClient(simulator.awaitStarted()), everyone, ROUNDS);
            simulator.kill();
        }
    }

    private static SimulatorProcess start(String db, Path seed, int port) {
        return SimulatorProcess.start(
                "--port",
                Integer.toString(port),
                "--db",
                db,
                "--seed",
                seed.toString(),
                "--admin-token",
                ADMIN,
                "--totp-limit",
                "1000000");
    }

    /**
     * Runs the workers (each on its share of this round's users, and on every older user's tokens) until
     * {@link #WRITES_BEFORE_KILL} writes are confirmed, kills the process while they go on, and waits for them to
     * notice.
     */
    private static void loadUntilKilled(
            SimulatorProcess simulator, ApiClient api, List<Ledger> fresh, List<Ledger> everyone) throws Exception {
        AtomicInteger confirmed = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                List<Ledger> mine = fresh.subList(w * USERS_PER_WORKER, (w + 1) * USERS_PER_WORKER);
                running.add(workers.submit(() -> work(api, mine, confirmed, enough)));
            }
            assertThat(enough.await(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS))
                    .as("%d confirmed writes; the simulator wrote:%n%s", WRITES_BEFORE_KILL, simulator.output())
                    .isTrue();
            simulator.kill();
            simulator.awaitExit();
            for (Future<?> worker : running) {
                worker.get(SimulatorProcess.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(everyone).isNotEmpty();
    }

    /** One worker: TOTP logins (the step before, the current one, the one after, then replays) and refreshes. */
    private static void work(ApiClient api, List<Ledger> users, AtomicInteger confirmed, CountDownLatch enough) {
        try {
            while (true) {
                for (Ledger user : users) {
                    user.attemptTotp(api);
                    if (confirmed.incrementAndGet() >= WRITES_BEFORE_KILL) {
                        enough.countDown();
                    }
                    if (user.refresh(api)) {
                        confirmed.incrementAndGet();
                    }
                }
            }
        } catch (UncheckedIOException killed) {
            // The process is gone: the request in flight is left open in the ledger.
        }
    }

    /** What the restarted simulator must show for every user so far; the checks are writes too, and are recorded. */
    private static void verify(ApiClient api, List<Ledger> everyone, int round) {
        for (Ledger user : everyone) {
            String context = "after kill " + round + ", user " + user.key;
            ApiResponse totp = api.get("/api/v1/admin/users/" + user.key + "/totp")
                    .admin(ADMIN)
                    .send();
            assertThat(totp.status()).as(context + ": " + totp).isEqualTo(200);
            JsonNode state = totp.data();
            Instant lastStep = state.path("lastAcceptedStep").isTextual()
                    ? Instant.parse(state.path("lastAcceptedStep").asText())
                    : null;
            user.lastAcceptedStep.ifPresent(confirmedStep -> assertThat(lastStep)
                    .as(context + ": the last TOTP step the API accepted")
                    .isNotNull()
                    .isAfterOrEqualTo(confirmedStep));
            int attempts = state.path("attemptsToday").asInt();
            if (user.attemptDays.equals(
                    List.of(LocalDate.parse(state.path("day").asText())))) {
                assertThat(attempts)
                        .as(context + ": the TOTP attempts the API answered (+1 if one was in flight)")
                        .isBetween(user.attempts, user.attempts + (user.attemptInFlight ? 1 : 0));
            }
            // Counted from here on (a midnight in between starts a new day's count).
            user.attempts = attempts;
            user.attemptInFlight = false;
            user.attemptDays.clear();
            user.attemptDays.add(LocalDate.parse(state.path("day").asText()));
            user.lastAcceptedCode.ifPresent(code -> {
                ApiResponse replay = user.totp(api, code);
                user.attempted();
                assertThat(replay.rtCode())
                        .as(context + ": a replay of the accepted code " + code)
                        .isEqualTo(CODE_MISMATCH);
            });
            for (String used : user.consumed) {
                ApiResponse refreshed = refresh(api, used);
                assertThat(refreshed.rtCode())
                        .as(context + ": a refresh token the API had already exchanged")
                        .isEqualTo(INVALID_PARAMETER);
            }
            user.refreshToken.ifPresent(issued -> {
                ApiResponse refreshed = refresh(api, issued);
                assertThat(refreshed.status())
                        .as(context + ": the refresh token the API issued last: " + refreshed)
                        .isEqualTo(200);
                user.consumed.add(issued);
                user.refreshToken = Optional.of(refreshed.text("refreshToken"));
            });
        }
    }

    private static ApiResponse refresh(ApiClient api, String token) {
        return api.post("/api/v1/tokens/refresh")
                .client(SHOP)
                .json("{\"refreshToken\":\"" + token + "\"}")
                .send();
    }

    /** What the API confirmed for one user, and the one write of the user that may have been cut by the kill. */
    private static final class Ledger {

        private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP);

        final String key;
        final SecretKeySpec secret;
        int attempts;
        boolean attemptInFlight;
        final List<LocalDate> attemptDays = new ArrayList<>();
        Optional<Instant> lastAcceptedStep = Optional.empty();
        Optional<String> lastAcceptedCode = Optional.empty();
        /** The steps still to try, relative to the current one; then the current step again (a replay). */
        int nextOffset = -1;

        Optional<String> refreshToken = Optional.empty();
        final List<String> consumed = new ArrayList<>();

        Ledger(String key) {
            this.key = key;
            this.secret = new SecretKeySpec(Base32.decode(secretOf(key)), TOTP.getAlgorithm());
        }

        void attemptTotp(ApiClient api) {
            Instant now = Instant.now();
            long currentStep = now.getEpochSecond() / STEP.toSeconds();
            long step = currentStep + Math.min(nextOffset, 1);
            nextOffset++;
            Instant stepStart = Instant.ofEpochSecond(step * STEP.toSeconds());
            String code = code(stepStart);
            attemptInFlight = true;
            ApiResponse response = totp(api, code);
            attemptInFlight = false;
            attempted();
            if (response.rtCode() == 0) {
                lastAcceptedStep = Optional.of(stepStart);
                lastAcceptedCode = Optional.of(code);
                refreshToken = Optional.of(response.text("refreshToken"));
            } else {
                assertThat(response.rtCode()).as(response.toString()).isEqualTo(CODE_MISMATCH);
            }
        }

        /** One more TOTP attempt the API answered, on today's count. */
        void attempted() {
            attempts++;
            LocalDate day = LocalDate.now(ZoneOffset.UTC);
            if (!attemptDays.contains(day)) {
                attemptDays.add(day);
            }
        }

        ApiResponse totp(ApiClient api, String code) {
            return api.post("/api/v1/auth/totp")
                    .client(SHOP)
                    .json("{\"userKey\":\"" + key + "\",\"totpCode\":\"" + code + "\"}")
                    .send();
        }

        /** Exchanges the current refresh token; true when the API confirmed it. */
        boolean refresh(ApiClient api) {
            if (refreshToken.isEmpty()) {
                return false;
            }
            String token = refreshToken.get();
            refreshToken = Optional.empty();
            ApiResponse response = CrashDurabilityIT.refresh(api, token);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            consumed.add(token);
            refreshToken = Optional.of(response.text("refreshToken"));
            return true;
        }

        private String code(Instant stepStart) {
            try {
                return TOTP.generateOneTimePasswordString(secret, stepStart, Locale.ROOT);
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Path writeSeed() throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("clients: [{key: ").append(SHOP).append(", loginTypes: [TOTP]}]\nusers:\n");
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < WORKERS * USERS_PER_WORKER; i++) {
                String user = userKey(round, i);
                yaml.append("  - key: ")
                        .append(user)
                        .append("\n    totpSecret: ")
                        .append(secretOf(user))
                        .append("\n    links: [")
                        .append(SHOP)
                        .append("]\n");
            }
        }
        return Files.writeString(directory.resolve("crash-seed.yaml"), yaml.toString());
    }

    private static String userKey(int round, int index) {
        return String.format(Locale.ROOT, "crash-%d-%02d", round, index);
    }

    /** A TOTP secret of 20 bytes that differs per user. */
    private static String secretOf(String user) {
        byte[] bytes = new byte[20];
        byte[] name = user.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (name[i % name.length] * 31 + i);
        }
        return Base32.encode(bytes);
    }
}
