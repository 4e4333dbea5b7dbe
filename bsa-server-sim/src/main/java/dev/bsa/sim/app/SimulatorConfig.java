package dev.bsa.sim.app;

import dev.bsa.domain.model.Retention;
import dev.bsa.domain.model.Settings;
import dev.bsa.sim.application.port.out.RandomSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * How to run a simulator. Start from {@link #defaults()} and change what you need with the
 * {@code with*} methods.
 *
 * @param host          the interface to listen on
 * @param port          the port; 0 picks a free one
 * @param jdbcUrl       the database: H2 in memory by default, H2 {@code file:} to survive restarts, or PostgreSQL
 * @param seed          where the initial state comes from
 * @param virtualClock  when present, the clock is virtual and starts at this instant; else the system clock
 * @param authDeadline  overrides the seed's authentication deadline
 * @param totpLimit     overrides the seed's daily TOTP limit
 * @param adminToken    the control plane's bearer token; random when absent
 * @param publicBaseUrl the URL QR codes point at; derived from each request when absent
 * @param retention     how long ended sessions (and their audit entries) are kept after their deadline
 */
public record SimulatorConfig(
        String host,
        int port,
        String jdbcUrl,
        SeedSource seed,
        Optional<Instant> virtualClock,
        Optional<Duration> authDeadline,
        Optional<Integer> totpLimit,
        Optional<String> adminToken,
        Optional<String> publicBaseUrl,
        Retention retention) {

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    public SimulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(virtualClock, "virtualClock");
        Objects.requireNonNull(authDeadline, "authDeadline");
        Objects.requireNonNull(totpLimit, "totpLimit");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(retention, "retention");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }

    /** Port 8080 on loopback, a private in-memory H2 database, the demo seed, the system clock, 1 h retention. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(
                "127.0.0.1",
                DEFAULT_PORT,
                inMemoryDatabase(),
                SeedSource.demo(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Retention.defaults());
    }

    /** A JDBC URL of a fresh, private H2 in-memory database. */
    public static String inMemoryDatabase() {
        return "jdbc:h2:mem:bsa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public SimulatorConfig withHost(String newHost) {
        return with(draft -> draft.host = newHost);
    }

    public SimulatorConfig withPort(int newPort) {
        return with(draft -> draft.port = newPort);
    }

    public SimulatorConfig withJdbcUrl(String url) {
        return with(draft -> draft.jdbcUrl = url);
    }

    public SimulatorConfig withSeed(SeedSource source) {
        return with(draft -> draft.seed = source);
    }

    public SimulatorConfig withVirtualClock(Instant start) {
        return with(draft -> draft.virtualClock = Optional.of(start));
    }

    public SimulatorConfig withAuthDeadline(Duration deadline) {
        return with(draft -> draft.authDeadline = Optional.of(deadline));
    }

    public SimulatorConfig withTotpLimit(int limit) {
        return with(draft -> draft.totpLimit = Optional.of(limit));
    }

    public SimulatorConfig withAdminToken(String token) {
        return with(draft -> draft.adminToken = Optional.of(token));
    }

    public SimulatorConfig withPublicBaseUrl(String url) {
        return with(draft -> draft.publicBaseUrl = Optional.of(url));
    }

    public SimulatorConfig withRetention(Retention newRetention) {
        return with(draft -> draft.retention = newRetention);
    }

    private SimulatorConfig with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.config();
    }

    /** A configuration being changed: the components as fields. */
    private static final class Draft {
        private String host;
        private int port;
        private String jdbcUrl;
        private SeedSource seed;
        private Optional<Instant> virtualClock;
        private Optional<Duration> authDeadline;
        private Optional<Integer> totpLimit;
        private Optional<String> adminToken;
        private Optional<String> publicBaseUrl;
        private Retention retention;

        private Draft(SimulatorConfig config) {
            host = config.host;
            port = config.port;
            jdbcUrl = config.jdbcUrl;
            seed = config.seed;
            virtualClock = config.virtualClock;
            authDeadline = config.authDeadline;
            totpLimit = config.totpLimit;
            adminToken = config.adminToken;
            publicBaseUrl = config.publicBaseUrl;
            retention = config.retention;
        }

        private SimulatorConfig config() {
            return new SimulatorConfig(
                    host,
                    port,
                    jdbcUrl,
                    seed,
                    virtualClock,
                    authDeadline,
                    totpLimit,
                    adminToken,
                    publicBaseUrl,
                    retention);
        }
    }

    /** {@code base} with the deadline and the TOTP limit this configuration overrides. */
    public Settings overriding(Settings base) {
        Settings result = authDeadline.map(base::withAuthDeadline).orElse(base);
        return totpLimit
                .map(limit -> result.withTotp(result.totp().withDailyLimit(limit)))
                .orElse(result);
    }

    /** The admin token given, or a new random one (24 random bytes in base64url). */
    public String adminTokenOrRandom(RandomSource random) {
        return adminToken.orElseGet(
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(random.nextBytes(24)));
    }

    /** Where the seed comes from: the built-in demo, a file (JSON or YAML), or nothing. */
    public sealed interface SeedSource {

        /** The built-in demo seed: a client key and a user in every status. */
        static SeedSource demo() {
            return new Demo();
        }

        /** A seed file, JSON or YAML by its extension. */
        static SeedSource file(Path path) {
            return new File(path);
        }

        /** An empty start. */
        static SeedSource none() {
            return new None();
        }

        /** The built-in demo seed. */
        record Demo() implements SeedSource {}

        /** A seed file. */
        record File(Path path) implements SeedSource {}

        /** No seed. */
        record None() implements SeedSource {}
    }
}
