package dev.bsa.sim.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The simulator's database: a pooled connection to the JDBC URL (H2 in memory or in a file, or
 * PostgreSQL), brought up to the latest migration script on opening ({@link SchemaMigrations}), used
 * through jOOQ in the dialect the URL names.
 *
 * <p>Every committed transaction is in the database's files before the statement that committed it returns, so
 * that a write the API confirmed survives a crash of the process ({@code kill -9}): PostgreSQL does that by
 * itself; an H2 database kept in files is opened with {@code WRITE_DELAY} 0, which makes H2's store write each
 * commit at once instead of from a background thread up to a second later (H2's default, 500 ms). Closing shuts
 * an embedded H2 database down cleanly.
 */
public final class Database implements AutoCloseable {

    /** The default: an H2 database in memory that lives as long as this process. */
    public static final String IN_MEMORY_URL = "jdbc:h2:mem:bsa;DB_CLOSE_DELAY=-1";

    private static final int POOL_SIZE = 10;
    private static final int MIN_IDLE = 2;
    private static final int H2_DATABASE_IS_CLOSED = 90121;
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90098;
    private static final int H2_OBJECT_CLOSED = 90007;
    /**
     * H2's delay before a commit is written to the file, in milliseconds; 0 writes it during the commit. It is a
     * setting of the database, stored in it, so one statement applies it to every connection.
     */
    private static final String H2_WRITE_EACH_COMMIT = "SET WRITE_DELAY 0";
    /** The drivers the pool loads by class; in the JUnit artifact these names are relocated with the classes. */
    private static final String H2_DRIVER = "org.h2.Driver";

    private static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";
    /** How the drivers' names start where they are not relocated (no relocation pattern matches it). */
    private static final String UNRELOCATED = "org.";
    /**
     * How many parsed statements each H2 connection keeps by their SQL text (H2's default is 8): every statement a
     * login runs fits, so H2 parses jOOQ's SQL once per connection instead of on every call.
     */
    private static final String H2_PARSED_STATEMENTS_KEPT = "QUERY_CACHE_SIZE=128";

    private final String url;
    private final SQLDialect dialect;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final boolean created;
    private final Optional<ReadMostlyCache> readCache;

    private Database(String url, SQLDialect dialect, HikariDataSource dataSource, boolean created) {
        this.url = url;
        this.created = created;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, dialect, jooqSettings());
        this.readCache = soleWriter(url) ? Optional.of(ReadMostlyCache.acquire(cacheKey(url))) : Optional.empty();
    }

    /**
     * Opens and migrates the database at {@code jdbcUrl}; H2 is opened as user {@code sa} with an
     * empty password, PostgreSQL with the credentials the URL carries (if any).
     */
    public static Database open(String jdbcUrl) {
        boolean h2 = dialectOf(jdbcUrl) == SQLDialect.H2;
        return open(jdbcUrl, h2 ? "sa" : null, h2 ? "" : null);
    }

    /** Opens and migrates the database at {@code jdbcUrl} with the given credentials (null: none). */
    public static Database open(String jdbcUrl, String user, String password) {
        SQLDialect dialect = dialectOf(jdbcUrl);
        if (isEmbeddedH2(jdbcUrl) && isH2InFiles(jdbcUrl)) {
            h2Directory(jdbcUrl).ifPresent(Database::requireWritable);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(h2Options(jdbcUrl));
        // The driver by its class, not by asking DriverManager for the URL: embedded in a test JVM, the H2 or
        // PostgreSQL driver of the user's own classpath also answers "jdbc:h2:" and must not be the one used.
        config.setDriverClassName(dialect == SQLDialect.H2 ? H2_DRIVER : POSTGRESQL_DRIVER);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(MIN_IDLE);
        config.setPoolName("bsa-db");
        config.setAutoCommit(true);
        HikariDataSource dataSource = new HikariDataSource(config);
        unregisterRelocatedDrivers();
        try {
            if (isH2InFiles(jdbcUrl)) {
                writeEachCommit(dataSource);
            }
            List<Integer> applied = SchemaMigrations.bundled().migrate(dataSource, dialect);
            return new Database(jdbcUrl, dialect, dataSource, applied.contains(SchemaMigrations.FIRST_VERSION));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The jOOQ dialect of a JDBC URL: {@link SQLDialect#H2} for {@code jdbc:h2:...},
     * {@link SQLDialect#POSTGRES} for {@code jdbc:postgresql:...}; anything else is refused.
     */
    public static SQLDialect dialectOf(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (use jdbc:h2:... or jdbc:postgresql:...): " + jdbcUrl);
    }

    /** The jOOQ context every adapter queries through; safe for concurrent use. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Whether opening it created the simulator's schema: the database had none of its tables before (a new
     * file, a new in-memory database, an empty PostgreSQL database). Among simulators sharing one database,
     * only the one that created the schema sees true.
     */
    public boolean created() {
        return created;
    }

    /** The dialect picked from the URL. */
    public SQLDialect dialect() {
        return dialect;
    }

    /** The pooled connections. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The cache of read-mostly rows, where this process is the database's one writer: an embedded H2 database
     * (in memory, or in files, which H2 locks to one process) that is not opened for other processes
     * ({@code AUTO_SERVER}). Empty for PostgreSQL and H2 servers, which other simulators may write.
     */
    public Optional<ReadMostlyCache> readCache() {
        return readCache;
    }

    static boolean soleWriter(String jdbcUrl) {
        return isEmbeddedH2(jdbcUrl) && !jdbcUrl.toUpperCase(Locale.ROOT).contains("AUTO_SERVER");
    }

    private static String cacheKey(String jdbcUrl) {
        int options = jdbcUrl.indexOf(';');
        return (options < 0 ? jdbcUrl : jdbcUrl.substring(0, options)).toLowerCase(Locale.ROOT);
    }

    /** The JDBC URL this database was opened with. */
    public String url() {
        return url;
    }

    /** Shuts an embedded H2 database down (writing a file database out), then closes the pool. */
    @Override
    public void close() {
        if (dataSource.isClosed()) {
            return;
        }
        try {
            if (isEmbeddedH2(url)) {
                shutDownH2();
            }
        } finally {
            readCache.ifPresent(cache -> ReadMostlyCache.release(cacheKey(url)));
            dataSource.close();
        }
    }

    private void shutDownH2() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Closing the statement or connection of a database that just shut down may fail; the
            // SHUTDOWN itself either ran (the files are written) or the database was already closed.
            if (!isClosedDatabase(e)) {
                throw new IllegalStateException("the H2 database did not shut down cleanly", e);
            }
        }
    }

    private static boolean isClosedDatabase(SQLException e) {
        return e.getErrorCode() == H2_DATABASE_CALLED_AT_SHUTDOWN
                || e.getErrorCode() == H2_DATABASE_IS_CLOSED
                || e.getErrorCode() == H2_OBJECT_CLOSED;
    }

    /**
     * Takes this jar's relocated copies of the JDBC drivers (the JUnit artifact's) out of {@link DriverManager} again:
     * loading a driver registers it there, where it would answer the host's own {@code jdbc:h2:} and
     * {@code jdbc:postgresql:} URLs whenever the host has no driver of its own for them. The pool keeps the instance it
     * made. A driver under its own name stays: it is the same class as the host's, whose registration it is.
     */
    private static void unregisterRelocatedDrivers() {
        if (H2_DRIVER.startsWith(UNRELOCATED)) {
            return;
        }
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            String name = driver.getClass().getName();
            if (name.equals(H2_DRIVER) || name.equals(POSTGRESQL_DRIVER)) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException | SecurityException e) {
                    // Left registered: the host JVM's DriverManager still works, with one more driver in its list.
                }
            }
        }
    }

    /**
     * The URL with the options an embedded H2 database needs, unless the URL sets them itself: it closes itself in a
     * shutdown hook of its own unless told not to, which would close it under the requests a graceful stop is still
     * answering (the simulator closes it itself, {@link #close()}, last); and it keeps enough parsed statements.
     */
    static String h2Options(String jdbcUrl) {
        if (!isEmbeddedH2(jdbcUrl)) {
            return jdbcUrl;
        }
        String url = jdbcUrl;
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        if (!upper.contains("DB_CLOSE_ON_EXIT")) {
            url += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            url += ";" + H2_PARSED_STATEMENTS_KEPT;
        }
        return url;
    }

    private static void writeEachCommit(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(H2_WRITE_EACH_COMMIT);
        } catch (SQLException e) {
            throw new IllegalStateException("the H2 database cannot be told to write every commit at once", e);
        }
    }

    /** True for an H2 database kept in files (embedded or served), false for one in memory. */
    static boolean isH2InFiles(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.contains("/mem:");
    }

    /**
     * The directory of an H2 database in files ({@code jdbc:h2:file:./data/bsa} or {@code jdbc:h2:./data/bsa}), when
     * the URL names a plain path; H2's other file systems ({@code nio:}, {@code zip:}, ...) are left to H2.
     */
    static Optional<Path> h2Directory(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.regionMatches(true, 0, "file:", 0, "file:".length())) {
            path = path.substring("file:".length());
        }
        if (path.isBlank() || path.matches("(?i)[a-z]{2,}:.*")) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        try {
            return Optional.ofNullable(Path.of(path).toAbsolutePath().getParent());
        } catch (InvalidPathException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Makes the database's directory (as H2 would) and checks that files can be written there, so that a path that
     * cannot hold a database fails with one clear message instead of H2's stack traces on the console.
     */
    private static void requireWritable(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException failure) {
            throw new IllegalStateException("the H2 database's directory " + directory + " cannot be created ("
                    + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")");
        }
        if (!Files.isWritable(directory)) {
            throw new IllegalStateException("the H2 database's directory " + directory + " is not writable");
        }
    }

    /** True for an H2 database this process runs itself (memory or file), false for a remote H2 server. */
    static boolean isEmbeddedH2(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }

    private static Settings jooqSettings() {
        // Unquoted names fold to each database's own case (upper in H2, lower in PostgreSQL),
        // exactly as the unquoted names of the migration scripts did.
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }
}
