package dev.bsa.bench.soak;

import dev.bsa.domain.model.Retention;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A simulator started in this process on a virtual clock, no seed, H2 in memory under a name this class
 * knows, so that the soak can count the rows of its history tables beside the heap it measures.
 */
final class SoakSimulator implements AutoCloseable {

    /** The tables whose size the soak follows. */
    static final List<String> HISTORY_TABLES =
            List.of("AUTH_SESSION", "AUDIT_ENTRY", "REFRESH_TOKEN", "TOTP_ATTEMPT", "TOTP_LAST_STEP");

    private final String jdbcUrl;
    private final Simulator simulator;

    private SoakSimulator(String jdbcUrl, Simulator simulator) {
        this.jdbcUrl = jdbcUrl;
        this.simulator = simulator;
    }

    /** Starts one; {@code retention} null keeps the simulator's default. */
    static SoakSimulator start(Retention retention) {
        String url = "jdbc:h2:mem:soak-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        SimulatorConfig config = SimulatorConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSeed(SeedSource.none())
                .withJdbcUrl(url)
                .withVirtualClock(Instant.parse("2026-01-05T00:00:00Z"));
        if (retention != null) {
            config = config.withRetention(retention);
        }
        return new SoakSimulator(url, Simulator.start(config));
    }

    String baseUrl() {
        return simulator.baseUrl();
    }

    String adminToken() {
        return simulator.adminToken();
    }

    /** Rows of each {@link #HISTORY_TABLES history table}, in that order. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String table : HISTORY_TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of the soak's database", e);
        }
        return counts;
    }

    /** Heap bytes in use right after two full collections: what the live objects of this JVM take. */
    static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
