package dev.bsa.sim.adapter.in.cli;

import ch.qos.logback.classic.Level;
import dev.bsa.domain.model.Retention;
import dev.bsa.domain.model.Settings;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
            description = "Port to listen on, 0 to 65535; 0 picks a free one (env BSA_PORT, default ${DEFAULT-VALUE}).")
    String port;

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
            description = "Start of the virtual clock, ISO-8601 (env BSA_CLOCK_START, default now).")
    String clockStart;

    @Option(
            names = "--deadline",
            defaultValue = "${env:BSA_DEADLINE}",
            paramLabel = "SECONDS",
            description =
                    "Authentication deadline in seconds, overriding the seed (env BSA_DEADLINE; the service's is 60).")
    String deadlineSeconds;

    @Option(
            names = "--totp-limit",
            defaultValue = "${env:BSA_TOTP_LIMIT}",
            paramLabel = "N",
            description = "Daily TOTP attempts per user, overriding the seed (env BSA_TOTP_LIMIT; the service's is 5).")
    String totpLimit;

    @Option(
            names = "--retention",
            defaultValue = "${env:BSA_RETENTION}",
            paramLabel = "SECONDS",
            description = "How long an ended session and its audit entries are kept after the session's deadline, "
                    + "in seconds (env BSA_RETENTION, default 3600).")
    String retentionSeconds;

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
            names = "--ready-file",
            defaultValue = "${env:BSA_READY_FILE}",
            paramLabel = "FILE",
            description =
                    "Once the simulator answers, write {baseUrl, port, adminToken, clientKey, pid} as JSON to this "
                            + "file (atomically; removed at a graceful stop), for scripts that start it (env BSA_READY_FILE).")
    String readyFile;

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
        SimulatorConfig config = SimulatorConfig.defaults()
                .withPort((int) OptionValues.wholeNumber("--port (BSA_PORT)", port, 0, 65_535, ""))
                .withHost(OptionValues.host("--host (BSA_HOST)", host))
                .withSeed(seedSource());
        if (given(jdbcUrl)) {
            config = config.withJdbcUrl(OptionValues.jdbcUrl("--db (BSA_DB_URL)", jdbcUrl));
        }
        config = withRules(withClock(config));
        if (given(adminToken)) {
            config = config.withAdminToken(OptionValues.token("--admin-token (BSA_ADMIN_TOKEN)", adminToken));
        }
        if (given(publicUrl)) {
            config = config.withPublicBaseUrl(OptionValues.baseUrl("--public-url (BSA_PUBLIC_URL)", publicUrl));
        }
        readyFile();
        return config;
    }

    /** True when the built-in demo seed is used. */
    public boolean usesDemoSeed() {
        return seed != null && "demo".equalsIgnoreCase(seed.strip());
    }

    /** Where to write the ready file, when asked to; an {@link IllegalArgumentException} for a place that cannot be. */
    public Optional<Path> readyFile() {
        return given(readyFile)
                ? Optional.of(OptionValues.fileToWrite("--ready-file (BSA_READY_FILE)", readyFile))
                : Optional.empty();
    }

    private SimulatorConfig withClock(SimulatorConfig config) {
        String kind = OptionValues.choice("--clock (BSA_CLOCK)", clock, "system", "virtual");
        Optional<Instant> start = given(clockStart)
                ? Optional.of(OptionValues.instant("--clock-start (BSA_CLOCK_START)", clockStart))
                : Optional.empty();
        if ("virtual".equals(kind)) {
            return config.withVirtualClock(
                    start.orElseGet(() -> Clock.systemUTC().instant()));
        }
        OptionValues.require(start.isEmpty(), "--clock-start (BSA_CLOCK_START) needs --clock virtual");
        return config;
    }

    private SimulatorConfig withRules(SimulatorConfig config) {
        SimulatorConfig result = config;
        if (given(deadlineSeconds)) {
            long seconds = OptionValues.wholeNumber(
                    "--deadline (BSA_DEADLINE)",
                    deadlineSeconds,
                    MIN_DEADLINE_SECONDS,
                    MAX_DEADLINE_SECONDS,
                    " seconds");
            result = result.withAuthDeadline(Duration.ofSeconds(seconds));
        }
        if (given(totpLimit)) {
            result = result.withTotpLimit(
                    (int) OptionValues.wholeNumber("--totp-limit (BSA_TOTP_LIMIT)", totpLimit, 1, MAX_TOTP_LIMIT, ""));
        }
        if (given(retentionSeconds)) {
            long seconds = OptionValues.wholeNumber(
                    "--retention (BSA_RETENTION)",
                    retentionSeconds,
                    MIN_RETENTION_SECONDS,
                    MAX_RETENTION_SECONDS,
                    " seconds");
            result = result.withRetention(new Retention(Duration.ofSeconds(seconds)));
        }
        return result;
    }

    /** An option given on the command line or in its variable (an empty variable counts as not set). */
    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private SeedSource seedSource() {
        if (usesDemoSeed()) {
            return SeedSource.demo();
        }
        OptionValues.require(given(seed), "--seed (BSA_SEED) must be demo, none or a seed file, was '" + seed + "'");
        if ("none".equalsIgnoreCase(seed.strip())) {
            return SeedSource.none();
        }
        try {
            return SeedSource.file(Path.of(seed.strip()));
        } catch (InvalidPathException malformed) {
            throw new IllegalArgumentException("--seed (BSA_SEED) is not a file name: " + seed, malformed);
        }
    }
}
