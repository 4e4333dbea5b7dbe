package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * The simulator's command-line options, each with an environment variable of the same meaning
 * (the flag wins). A picocli mixin, so the web demo's command offers the very same options.
 */
public final class SimulatorOptions {

    @Option(names = "--port", defaultValue = "${env:BSA_PORT:-8080}", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (env BSA_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:BSA_HOST:-127.0.0.1}", paramLabel = "HOST",
            description = "Interface to listen on; 0.0.0.0 opens it to other machines, e.g. from a container (env BSA_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--db", defaultValue = "${env:BSA_DB_URL}", paramLabel = "JDBC_URL",
            description = "Database: a private H2 in-memory database by default; jdbc:h2:file:./data/bsa keeps "
                    + "state across restarts; jdbc:postgresql://... shares one database (env BSA_DB_URL).")
    String jdbcUrl;

    @Option(names = "--seed", defaultValue = "${env:BSA_SEED:-demo}", paramLabel = "demo|none|FILE",
            description = "Initial state: the built-in demo, none, or a JSON/YAML seed file (env BSA_SEED, default ${DEFAULT-VALUE}).")
    String seed;

    @Option(names = "--clock", defaultValue = "${env:BSA_CLOCK:-system}", paramLabel = "system|virtual",
            description = "The system clock, or a virtual clock that only moves through the admin API (env BSA_CLOCK, default ${DEFAULT-VALUE}).")
    String clock;

    @Option(names = "--clock-start", defaultValue = "${env:BSA_CLOCK_START}", paramLabel = "INSTANT",
            description = "Start of the virtual clock, ISO-8601 (env BSA_CLOCK_START, default now).")
    Instant clockStart;

    @Option(names = "--deadline", defaultValue = "${env:BSA_DEADLINE}", paramLabel = "SECONDS",
            description = "Authentication deadline in seconds, overriding the seed (env BSA_DEADLINE; the service's is 60).")
    Long deadlineSeconds;

    @Option(names = "--totp-limit", defaultValue = "${env:BSA_TOTP_LIMIT}", paramLabel = "N",
            description = "Daily TOTP attempts per user, overriding the seed (env BSA_TOTP_LIMIT; the service's is 5).")
    Integer totpLimit;

    @Option(names = "--admin-token", defaultValue = "${env:BSA_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "Bearer token of the admin API; random and printed when not given (env BSA_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--public-url", defaultValue = "${env:BSA_PUBLIC_URL}", paramLabel = "URL",
            description = "Base URL QR codes point at, when the simulator sits behind a proxy (env BSA_PUBLIC_URL).")
    String publicUrl;

    /** The configuration these options describe; an {@link IllegalArgumentException} for a bad combination. */
    public SimulatorConfig toConfig() {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(port).withHost(host).withSeed(seedSource());
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            config = config.withJdbcUrl(jdbcUrl);
        }
        if ("virtual".equalsIgnoreCase(clock)) {
            config = config.withVirtualClock(clockStart != null ? clockStart : Clock.systemUTC().instant());
        } else if (!"system".equalsIgnoreCase(clock)) {
            throw new IllegalArgumentException("--clock must be system or virtual, not " + clock);
        }
        if (deadlineSeconds != null) {
            config = config.withAuthDeadline(Duration.ofSeconds(deadlineSeconds));
        }
        if (totpLimit != null) {
            config = config.withTotpLimit(totpLimit);
        }
        if (adminToken != null && !adminToken.isBlank()) {
            config = config.withAdminToken(adminToken);
        }
        if (publicUrl != null && !publicUrl.isBlank()) {
            config = config.withPublicBaseUrl(publicUrl.replaceAll("/+$", ""));
        }
        return config;
    }

    /** True when the built-in demo seed is used. */
    public boolean usesDemoSeed() {
        return "demo".equalsIgnoreCase(seed);
    }

    private SeedSource seedSource() {
        if (usesDemoSeed()) {
            return SeedSource.demo();
        }
        if ("none".equalsIgnoreCase(seed)) {
            return SeedSource.none();
        }
        return SeedSource.file(Path.of(seed));
    }
}
