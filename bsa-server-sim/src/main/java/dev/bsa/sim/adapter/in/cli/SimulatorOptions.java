package dev.bsa.sim.adapter.in.cli;

import ch.qos.logback.classic.Level;
import dev.bsa.domain.model.Retention;
import dev.bsa.domain.model.Settings;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The simulator's command-line options, each with an environment variable of the same meaning
 * (the flag wins). A picocli mixin, so the web demo's command offers the very same options.
 */
public final class SimulatorOptions {

    /** The shortest authentication deadline the options accept, in seconds. */
    static final long MIN_DEADLINE_SECONDS = Settings.MIN_DEADLINE.getSeconds();
    /** The longest authentication deadline the options accept, in seconds. */
    static final long MAX_DEADLINE_SECONDS = Settings.MAX_DEADLINE.getSeconds();
    /** The largest daily TOTP limit the options accept. */
    static final int MAX_TOTP_LIMIT = 1_000_000;
    /** The shortest retention the options accept, in seconds. */
    static final long MIN_RETENTION_SECONDS = Retention.MIN_WINDOW.getSeconds();
    /** The longest retention the options accept, in seconds. */
    static final long MAX_RETENTION_SECONDS = Retention.MAX_WINDOW.getSeconds();

    @Option(
            names = "--port",
            defaultValue = "${env:BSA_PORT:-8080}",
            paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (env BSA_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "${env:BSA_HOST:-127.0.0.1}",
            paramLabel = "HOST",
            description =
                    "Interface to listen on; 0.0.0.0 opens it to other machines, e.g. from a container (env BSA_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--db",
            defaultValue = "${env:BSA_DB_URL}",
            paramLabel = "JDBC_URL",
            description = "Database: a private H2 in-memory database by default; jdbc:h2:file:./data/bsa keeps "
                    + "state across restarts; jdbc:postgresql://... shares one database (env BSA_DB_URL).")
    String jdbcUrl;

    @Option(
            names = "--seed",
            defaultValue = "${env:BSA_SEED:-demo}",
            paramLabel = "demo|none|FILE",
            description =
                    "Initial state: the built-in demo, none, or a JSON/YAML seed file (env BSA_SEED, default ${DEFAULT-VALUE}).")
    String seed;

    @Option(
            names = "--clock",
            defaultValue = "${env:BSA_CLOCK:-system}",
            paramLabel = "system|virtual",
            description =
                    "The system clock, or a virtual clock that only moves through the admin API (env BSA_CLOCK, default ${DEFAULT-VALUE}).")
    String clock;

    @Option(
            names = "--clock-start",
            defaultValue = "${env:BSA_CLOCK_START}",
            paramLabel = "INSTANT",
            converter = IsoInstant.class,
            description = "Start of the virtual clock, ISO-8601 (env BSA_CLOCK_START, default now).")
    Instant clockStart;

    @Option(
            names = "--deadline",
            defaultValue = "${env:BSA_DEADLINE}",
            paramLabel = "SECONDS",
            description =
                    "Authentication deadline in seconds, overriding the seed (env BSA_DEADLINE; the service's is 60).")
    Long deadlineSeconds;

    @Option(
            names = "--totp-limit",
            defaultValue = "${env:BSA_TOTP_LIMIT}",
            paramLabel = "N",
            description = "Daily TOTP attempts per user, overriding the seed (env BSA_TOTP_LIMIT; the service's is 5).")
    Integer totpLimit;

    @Option(
            names = "--retention",
            defaultValue = "${env:BSA_RETENTION}",
            paramLabel = "SECONDS",
            description = "How long an ended session and its audit entries are kept after the session's deadline, "
                    + "in seconds (env BSA_RETENTION, default 3600).")
    Long retentionSeconds;

    @Option(
            names = "--admin-token",
            defaultValue = "${env:BSA_ADMIN_TOKEN}",
            paramLabel = "TOKEN",
            description = "Bearer token of the admin API; random and printed when not given (env BSA_ADMIN_TOKEN).")
    String adminToken;

    @Option(
            names = "--public-url",
            defaultValue = "${env:BSA_PUBLIC_URL}",
            paramLabel = "URL",
            description = "Base URL QR codes point at, when the simulator sits behind a proxy (env BSA_PUBLIC_URL).")
    String publicUrl;

    @Option(
            names = "--log-level",
            defaultValue = "${env:BSA_LOG_LEVEL:-INFO}",
            paramLabel = "LEVEL",
            description = "Level of the simulator's own log messages: " + CommandLineLogging.LEVELS
                    + "; libraries log at WARN (env BSA_LOG_LEVEL, default ${DEFAULT-VALUE}).")
    String logLevel;

    /** The level of the simulator's own log messages; an {@link IllegalArgumentException} for an unknown one. */
    Level logLevel() {
        return CommandLineLogging.level(logLevel)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--log-level (BSA_LOG_LEVEL) must be " + CommandLineLogging.LEVELS + ", was " + logLevel));
    }

    /**
     * The configuration these options describe; an {@link IllegalArgumentException} naming the
     * option (and its environment variable) for a bad value or combination.
     */
    public SimulatorConfig toConfig() {
        require(port >= 0 && port <= 65_535, "--port (BSA_PORT) must be between 0 and 65535, was " + port);
        require(host != null && !host.isBlank(), "--host (BSA_HOST) must name an interface, such as 127.0.0.1");
        SimulatorConfig config =
                SimulatorConfig.defaults().withPort(port).withHost(host.strip()).withSeed(seedSource());
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            config = config.withJdbcUrl(jdbcUrl.strip());
        }
        config = withRules(withClock(config));
        if (adminToken != null && !adminToken.isBlank()) {
            config = config.withAdminToken(adminToken.strip());
        }
        if (publicUrl != null && !publicUrl.isBlank()) {
            config = config.withPublicBaseUrl(publicBaseUrl(publicUrl.strip()));
        }
        return config;
    }

    /** True when the built-in demo seed is used. */
    public boolean usesDemoSeed() {
        return seed != null && "demo".equalsIgnoreCase(seed.strip());
    }

    private SimulatorConfig withClock(SimulatorConfig config) {
        if ("virtual".equalsIgnoreCase(clock)) {
            return config.withVirtualClock(
                    clockStart != null ? clockStart : Clock.systemUTC().instant());
        }
        require("system".equalsIgnoreCase(clock), "--clock (BSA_CLOCK) must be system or virtual, was " + clock);
        require(clockStart == null, "--clock-start (BSA_CLOCK_START) needs --clock virtual");
        return config;
    }

    private SimulatorConfig withRules(SimulatorConfig config) {
        SimulatorConfig result = config;
        if (deadlineSeconds != null) {
            require(
                    deadlineSeconds >= MIN_DEADLINE_SECONDS && deadlineSeconds <= MAX_DEADLINE_SECONDS,
                    "--deadline (BSA_DEADLINE) must be between " + MIN_DEADLINE_SECONDS + " and " + MAX_DEADLINE_SECONDS
                            + " seconds, was " + deadlineSeconds);
            result = result.withAuthDeadline(Duration.ofSeconds(deadlineSeconds));
        }
        if (totpLimit != null) {
            require(
                    totpLimit >= 1 && totpLimit <= MAX_TOTP_LIMIT,
                    "--totp-limit (BSA_TOTP_LIMIT) must be between 1 and " + MAX_TOTP_LIMIT + ", was " + totpLimit);
            result = result.withTotpLimit(totpLimit);
        }
        if (retentionSeconds != null) {
            require(
                    retentionSeconds >= MIN_RETENTION_SECONDS && retentionSeconds <= MAX_RETENTION_SECONDS,
                    "--retention (BSA_RETENTION) must be between " + MIN_RETENTION_SECONDS + " and "
                            + MAX_RETENTION_SECONDS + " seconds, was " + retentionSeconds);
            result = result.withRetention(new Retention(Duration.ofSeconds(retentionSeconds)));
        }
        return result;
    }

    private static String publicBaseUrl(String url) {
        String problem = "--public-url (BSA_PUBLIC_URL) must be an http:// or https:// URL, was " + url;
        try {
            URI parsed = new URI(url);
            require(
                    ("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme()))
                            && parsed.getHost() != null
                            && parsed.getQuery() == null
                            && parsed.getFragment() == null,
                    problem);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException(problem, malformed);
        }
        return url.replaceAll("/+$", "");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    private SeedSource seedSource() {
        if (usesDemoSeed()) {
            return SeedSource.demo();
        }
        require(seed != null && !seed.isBlank(), "--seed (BSA_SEED) must be demo, none or a seed file");
        if ("none".equalsIgnoreCase(seed.strip())) {
            return SeedSource.none();
        }
        try {
            return SeedSource.file(Path.of(seed.strip()));
        } catch (InvalidPathException malformed) {
            throw new IllegalArgumentException("--seed (BSA_SEED) is not a file name: " + seed, malformed);
        }
    }

    /** Reads an ISO-8601 instant, explaining the expected form when the text is not one. */
    static final class IsoInstant implements CommandLine.ITypeConverter<Instant> {

        @Override
        public Instant convert(String text) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException notAnInstant) {
                throw new CommandLine.TypeConversionException(
                        "'" + text + "' is not an ISO-8601 instant such as 2026-01-05T09:00:00Z");
            }
        }
    }
}
