package dev.bsa.bench.load;

import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulator a load run talks to: one started in this process (closed with the target), or one
 * already running elsewhere, reached by its URL and admin token.
 */
public final class LoadTarget implements AutoCloseable {

    private final String baseUrl;
    private final String adminToken;
    private final String description;
    private final Simulator embedded;

    private LoadTarget(String baseUrl, String adminToken, String description, Simulator embedded) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.description = description;
        this.embedded = embedded;
    }

    /**
     * Starts a simulator in this process on a free loopback port, with no seed.
     *
     * @param jdbcUrl      its database
     * @param virtualClock true for a virtual clock (TOTP runs move it step by step), false for the system clock
     * @return the target; closing it stops the simulator
     */
    public static LoadTarget embedded(String jdbcUrl, boolean virtualClock) {
        SimulatorConfig config = SimulatorConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSeed(SeedSource.none())
                .withJdbcUrl(jdbcUrl);
        if (virtualClock) {
            config = config.withVirtualClock(Clock.systemUTC().instant());
        }
        Simulator simulator = Simulator.start(config);
        String database = jdbcUrl.startsWith("jdbc:h2:mem:") ? "H2 in memory" : jdbcUrl.replaceAll("[;?].*", "");
        return new LoadTarget(
                simulator.baseUrl(),
                simulator.adminToken(),
                "embedded simulator (" + database + ", " + (virtualClock ? "virtual" : "system") + " clock)",
                simulator);
    }

    /** A simulator that is already running at {@code baseUrl}. */
    public static LoadTarget remote(String baseUrl, String adminToken) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(adminToken, "adminToken");
        String url = baseUrl.replaceAll("/+$", "");
        return new LoadTarget(url, adminToken, "simulator at " + url, null);
    }

    /** Where the simulator listens, e.g. {@code http://localhost:8080}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Its admin token. */
    public String adminToken() {
        return adminToken;
    }

    /** A phrase for the report. */
    public String description() {
        return description;
    }

    /** The simulator when it runs in this process (then this JVM's heap is the simulator's too). */
    public Optional<Simulator> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Stops an embedded simulator; a remote one is left running. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
