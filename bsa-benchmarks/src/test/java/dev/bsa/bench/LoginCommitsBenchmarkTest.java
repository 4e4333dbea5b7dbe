package dev.bsa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's two ways of committing store the same login on the simulator's schema, so that comparing them
 * compares commits, not work: its hand-written statements still fit the schema, and each writes what a TOTP login
 * writes.
 */
class LoginCommitsBenchmarkTest {

    private final LoginCommitsBenchmark benchmark = new LoginCommitsBenchmark();

    @BeforeEach
    void openDatabase() throws SQLException {
        benchmark.openDatabase();
    }

    @AfterEach
    void closeDatabase() {
        benchmark.closeDatabase();
    }

    @Test
    void aCommitPerWrite_andOneCommit_eachStoreAWholeLogin() throws SQLException {
        long first = benchmark.fiveCommits();
        long second = benchmark.oneCommit();

        assertThat(count("SELECT COUNT(*) FROM AUTH_SESSION")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM AUDIT_ENTRY")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM REFRESH_TOKEN")).isEqualTo(2);
        assertThat(count("SELECT SUM(ATTEMPTS) FROM TOTP_ATTEMPT")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM TOTP_LAST_STEP WHERE STEP_START_AT IN (" + first + ", " + second + ")"))
                .isEqualTo(2);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = benchmark.pool().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
