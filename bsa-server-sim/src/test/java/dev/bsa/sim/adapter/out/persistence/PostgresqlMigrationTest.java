package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.testing.Concurrently;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations on a real PostgreSQL, each test in a schema of its own that it drops afterwards. Runs only
 * when {@code BSA_TEST_POSTGRES_URL} names a database the tests may use (see {@link PostgresqlPortabilityTest}).
 */
@EnabledIfEnvironmentVariable(named = "BSA_TEST_POSTGRES_URL", matches = ".+")
class PostgresqlMigrationTest {

    private static final String URL = System.getenv("BSA_TEST_POSTGRES_URL");

    private final String schema =
            "bsa_migration_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createSchema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void givenSimulatorsStartingTogetherOnOneFreshDatabase_exactlyOneAppliesTheScriptsAndAllStart()
            throws SQLException {
        List<List<Integer>> results =
                Concurrently.run(6, start -> SchemaMigrations.bundled().migrate(inSchema(), SQLDialect.POSTGRES));

        assertThat(results).filteredOn(applied -> !applied.isEmpty()).containsExactly(List.of(1, 2));
        assertThat(count("SELECT COUNT(*) FROM " + schema + ".schema_history")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM " + schema + ".client")).isZero();
    }

    @Test
    void givenMigratedDatabase_migrateAgain_appliesNothing() {
        SchemaMigrations.bundled().migrate(inSchema(), SQLDialect.POSTGRES);

        assertThat(SchemaMigrations.bundled().migrate(inSchema(), SQLDialect.POSTGRES))
                .isEmpty();
    }

    private PGSimpleDataSource inSchema() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
