package dev.bsa.bench;

import dev.bsa.sim.adapter.out.persistence.Database;
import dev.bsa.sim.app.SimulatorConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Does committing a TOTP login's writes in one transaction make it cheaper on H2? The seven statements a
 * successful TOTP login runs (the live-session check, the attempt count, the last accepted step read and moved,
 * the refresh token, the session row, its two audit entries), in plain JDBC on the simulator's schema (H2 in
 * memory through its pool, as the simulator opens it): {@link #fiveCommits} as the simulator runs them, each
 * write committed on its own, against {@link #oneCommit}, all of them in one transaction. Run with {@code -t 16}
 * for the report's concurrency; {@code -prof gc} adds the bytes per login.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class LoginCommitsBenchmark {

    /** Users whose TOTP rows exist before each iteration; logins go round them. */
    public static final int USERS = 1_000;

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    private static final String LIVE_SESSION =
            "SELECT SESSION_ID FROM AUTH_SESSION WHERE LIVE_USER_KEY = ? ORDER BY CREATED_AT DESC, SESSION_ID DESC"
                    + " LIMIT 1";
    private static final String COUNT_ATTEMPT =
            "UPDATE TOTP_ATTEMPT SET ATTEMPTS = ATTEMPTS + 1 WHERE USER_KEY = ? AND ATTEMPT_DAY = ? AND ATTEMPTS < ?";
    private static final String LAST_STEP = "SELECT STEP_START_AT FROM TOTP_LAST_STEP WHERE USER_KEY = ?";
    private static final String MOVE_STEP =
            "UPDATE TOTP_LAST_STEP SET STEP_START_AT = ? WHERE USER_KEY = ? AND STEP_START_AT < ?";
    private static final String REFRESH_TOKEN = "INSERT INTO REFRESH_TOKEN (TOKEN_HASH, SESSION_ID, USER_KEY,"
            + " CLIENT_KEY, METHOD, ISSUED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SESSION = "INSERT INTO AUTH_SESSION (SESSION_ID, METHOD, CLIENT_KEY, USER_KEY,"
            + " CHANNEL_KEY, QR_ID, CREATED_AT, EXPIRES_AT, HISTORY, STATUS, LIVE, ERROR_CODE, ACCESS_TOKEN,"
            + " REFRESH_TOKEN, VERSION, LIVE_USER_KEY, TOKENS_ERASE_AT)"
            + " VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, FALSE, NULL, NULL, NULL, 1, NULL, NULL)";
    private static final String AUDIT = "INSERT INTO AUDIT_ENTRY (RECORDED_AT, SESSION_ID, METHOD, CLIENT_KEY,"
            + " USER_KEY, STATUS, SEQ_NO, ERROR_CODE, SESSION_EXPIRES_AT)"
            + " VALUES (?, ?, 'TOTP', 'bench-client', ?, 'RequestAuth', 0, NULL, ?),"
            + " (?, ?, 'TOTP', 'bench-client', ?, 'AuthCompleted', 1, NULL, ?)";

    private final AtomicLong logins = new AtomicLong();
    private Database database;
    private DataSource pool;

    /** A fresh in-memory database whose {@value #USERS} users each have a day's count and a last step. */
    @Setup(Level.Iteration)
    public void openDatabase() throws SQLException {
        database = Database.open(SimulatorConfig.inMemoryDatabase());
        pool = database.dataSource();
        try (Connection connection = pool.getConnection();
                PreparedStatement attempt = connection.prepareStatement("INSERT INTO TOTP_ATTEMPT VALUES (?, ?, 0)");
                PreparedStatement step = connection.prepareStatement("INSERT INTO TOTP_LAST_STEP VALUES (?, 0)")) {
            for (int user = 0; user < USERS; user++) {
                attempt.setString(1, userKey(user));
                attempt.setObject(2, DAY);
                attempt.addBatch();
                step.setString(1, userKey(user));
                step.addBatch();
            }
            attempt.executeBatch();
            step.executeBatch();
        }
    }

    /** The pooled connections of the current iteration's database. */
    DataSource pool() {
        return pool;
    }

    /** Shuts the database down. */
    @TearDown(Level.Iteration)
    public void closeDatabase() {
        database.close();
    }

    /**
     * The login's statements committed as the simulator commits them, every write on its own (on one connection
     * here; the simulator takes one from the pool per statement).
     */
    @Benchmark
    public long fiveCommits() throws SQLException {
        long login = logins.incrementAndGet();
        try (Connection connection = pool.getConnection()) {
            login(connection, login);
        }
        return login;
    }

    /** The same statements in one transaction, committed once. */
    @Benchmark
    public long oneCommit() throws SQLException {
        long login = logins.incrementAndGet();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                login(connection, login);
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return login;
    }

    private static void login(Connection connection, long login) throws SQLException {
        String user = userKey((int) (login % USERS));
        String session = String.format("%032d", login);
        query(connection, LIVE_SESSION, user);
        update(connection, COUNT_ATTEMPT, user, DAY, Integer.MAX_VALUE);
        query(connection, LAST_STEP, user);
        update(connection, MOVE_STEP, login, user, login);
        update(
                connection,
                REFRESH_TOKEN,
                String.format("%064d", login),
                session,
                user,
                "bench-client",
                "TOTP",
                login,
                login + 1_000);
        update(
                connection,
                SESSION,
                session,
                "TOTP",
                "bench-client",
                user,
                login,
                login + 60,
                "RequestAuth,AuthCompleted",
                "AuthCompleted");
        update(connection, AUDIT, login, session, user, login + 60, login, session, user, login + 60);
    }

    private static void query(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, values);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, values)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < values.length; index++) {
            statement.setObject(index + 1, values[index]);
        }
        return statement;
    }

    private static String userKey(int user) {
        return "bench-user-" + user;
    }
}
