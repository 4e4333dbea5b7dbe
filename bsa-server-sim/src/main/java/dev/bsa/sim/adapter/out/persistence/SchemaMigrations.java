package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.sim.application.model.TokenHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * The schema's versioned migration scripts, {@code dev/bsa/sim/adapter/out/persistence/migration/V<version>__<description>.sql}, applied in
 * version order when a database is opened. Each applied script is recorded in {@code SCHEMA_HISTORY} with
 * the SHA-256 of its text; a later start applies only what is new, and refuses a database whose recorded
 * scripts were edited since, or that a newer simulator has migrated further than this one knows.
 *
 * <p>Several simulators may share one PostgreSQL database and start together: the whole migration runs
 * under a PostgreSQL advisory lock, so one of them migrates and the others find the work done. An embedded
 * H2 database belongs to one process; there a lock in this JVM does the same.
 *
 * <p>It stands in for Flyway because the start-up benchmark shows Flyway's own start cost on a fresh database
 * (the README's performance section gives the figure). A database that Flyway migrated is taken over: the versions
 * in its {@code flyway_schema_history} count as applied.
 */
final class SchemaMigrations {

    /** The scripts, in version order. A test checks that this list is exactly the folder's content. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__retention.sql");
    /** The version of the script that creates the schema in an empty database. */
    static final int FIRST_VERSION = 1;
    /** Where the scripts are on the class path. */
    static final String FOLDER = "dev/bsa/sim/adapter/out/persistence/migration/";
    /** The table that records applied scripts. */
    static final String HISTORY_TABLE = "SCHEMA_HISTORY";

    private static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";
    private static final Pattern SCRIPT_NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_]+)\\.sql");
    /** The PostgreSQL advisory lock key: any constant the simulator alone uses ("BSA" "SCHM" in ASCII). */
    private static final long POSTGRES_LOCK_KEY = 0x4253_4153_4348_4dL;

    private static final ReentrantLock EMBEDDED_LOCK = new ReentrantLock();

    /** One script: its version, description, text and checksum. */
    record Script(int version, String description, String name, String sql, String checksum) {

        Script {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(checksum, "checksum");
        }

        /** A script named {@code V<version>__<description>.sql} with the given text. */
        static Script of(String name, String text) {
            Matcher matcher = SCRIPT_NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "a migration script is named V<version>__<description>.sql: " + name);
            }
            String normalised = text.replace("\r\n", "\n");
            return new Script(
                    Integer.parseInt(matcher.group(1)),
                    matcher.group(2).replace('_', ' '),
                    name,
                    normalised,
                    TokenHash.of(normalised));
        }
    }

    private final List<Script> scripts;
    private final Clock clock;

    SchemaMigrations(List<Script> scripts, Clock clock) {
        this.scripts = sortedAndDistinct(scripts);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The scripts, in version order. */
    List<Script> scripts() {
        return scripts;
    }

    /** The scripts this simulator ships, read from the class path. */
    static SchemaMigrations bundled() {
        List<Script> scripts = new ArrayList<>();
        for (String name : SCRIPTS) {
            scripts.add(Script.of(name, resource(FOLDER + name)));
        }
        return new SchemaMigrations(scripts, Clock.systemUTC());
    }

    /**
     * Brings the database up to the latest script and returns the versions applied now (empty when it
     * was up to date). Refuses, changing nothing, a database whose history does not match the scripts.
     */
    List<Integer> migrate(DataSource dataSource, SQLDialect dialect) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            lock(connection, dialect);
            try {
                connection.setAutoCommit(false);
                return migrate(connection);
            } finally {
                unlock(connection, dialect);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be migrated: " + e.getMessage(), e);
        }
    }

    private List<Integer> migrate(Connection connection) throws SQLException {
        TreeMap<Integer, String> applied = history(connection);
        check(applied);
        List<Integer> done = new ArrayList<>();
        for (Script script : scripts) {
            if (!applied.containsKey(script.version())) {
                apply(connection, script);
                done.add(script.version());
            }
        }
        return done;
    }

    /** The recorded history, creating its table on first use (and taking over Flyway's, if there is one). */
    private TreeMap<Integer, String> history(Connection connection) throws SQLException {
        boolean created = false;
        if (!tableExists(connection, HISTORY_TABLE)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + HISTORY_TABLE + " ("
                        + "VERSION INTEGER NOT NULL, "
                        + "DESCRIPTION VARCHAR(200) NOT NULL, "
                        + "SCRIPT VARCHAR(200) NOT NULL, "
                        + "CHECKSUM VARCHAR(64) NOT NULL, "
                        + "INSTALLED_AT BIGINT NOT NULL, "
                        + "CONSTRAINT PK_SCHEMA_HISTORY PRIMARY KEY (VERSION))");
            }
            created = true;
        }
        if (created && tableExists(connection, FLYWAY_HISTORY_TABLE)) {
            takeOverFlywayHistory(connection);
        }
        connection.commit();
        TreeMap<Integer, String> checksums = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT VERSION, CHECKSUM FROM " + HISTORY_TABLE)) {
            while (rows.next()) {
                checksums.put(rows.getInt(1), rows.getString(2));
            }
        }
        return checksums;
    }

    /** Records every version Flyway applied successfully, with this simulator's checksum of that script. */
    private void takeOverFlywayHistory(Connection connection) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + FLYWAY_HISTORY_TABLE
                        + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                versions.add(Integer.parseInt(rows.getString(1)));
            }
        }
        for (int version : versions) {
            Script script = script(version)
                    .orElseThrow(() -> new IllegalStateException("Flyway applied version " + version
                            + " to this database, which this simulator does not know"));
            record(connection, script);
        }
    }

    /** Refuses a history with a version this simulator lacks, an edited script, or a new script older than the history. */
    private void check(TreeMap<Integer, String> applied) {
        for (Map.Entry<Integer, String> entry : applied.entrySet()) {
            int version = entry.getKey();
            Script script = script(version)
                    .orElseThrow(() -> new IllegalStateException("the database is at schema version "
                            + applied.lastKey() + ", but this simulator knows versions up to " + latestKnown()
                            + ": use the simulator that migrated it, or a new database"));
            if (!script.checksum().equals(entry.getValue())) {
                throw new IllegalStateException("migration " + script.name() + " was changed after it was applied "
                        + "to this database (recorded SHA-256 " + entry.getValue() + ", now " + script.checksum()
                        + "): add a new script instead of editing an applied one");
            }
        }
        for (Script script : scripts) {
            if (!applied.isEmpty() && !applied.containsKey(script.version()) && script.version() < applied.lastKey()) {
                throw new IllegalStateException("migration " + script.name() + " is older than version "
                        + applied.lastKey() + ", which this database already has: give it a version after "
                        + applied.lastKey());
            }
        }
    }

    private void apply(Connection connection, Script script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(script.sql());
            record(connection, script);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException(
                    "migration " + script.name() + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    private void record(Connection connection, Script script) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                + " (VERSION, DESCRIPTION, SCRIPT, CHECKSUM, INSTALLED_AT) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.setString(3, script.name());
            insert.setString(4, script.checksum());
            insert.setLong(5, ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant()));
            insert.executeUpdate();
        }
    }

    private Optional<Script> script(int version) {
        return scripts.stream()
                .filter(candidate -> candidate.version() == version)
                .findFirst();
    }

    private int latestKnown() {
        return scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
    }

    private static void lock(Connection connection, SQLDialect dialect) throws SQLException {
        if (dialect == SQLDialect.POSTGRES) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                statement.setLong(1, POSTGRES_LOCK_KEY);
                statement.execute();
            }
        } else {
            EMBEDDED_LOCK.lock();
        }
    }

    private static void unlock(Connection connection, SQLDialect dialect) throws SQLException {
        if (dialect == SQLDialect.POSTGRES) {
            connection.rollback();
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, POSTGRES_LOCK_KEY);
                statement.execute();
            }
            connection.commit();
        } else {
            EMBEDDED_LOCK.unlock();
        }
    }

    /** Whether the connection's current schema has the table, whichever case the database folded its name to. */
    private static boolean tableExists(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        for (String candidate : List.of(name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, schema, candidate, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Script> sortedAndDistinct(List<Script> scripts) {
        TreeMap<Integer, Script> byVersion = new TreeMap<>();
        for (Script script : scripts) {
            Script other = byVersion.put(script.version(), script);
            if (other != null) {
                throw new IllegalArgumentException("two migration scripts have version " + script.version() + ": "
                        + other.name() + " and " + script.name());
            }
        }
        return List.copyOf(byVersion.values());
    }

    private static String resource(String path) {
        try (InputStream input = SchemaMigrations.class.getClassLoader().getResourceAsStream(path)) {
            if (input == null) {
                throw new IllegalStateException("the migration script " + path + " is not on the class path");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the migration script " + path + " cannot be read", e);
        }
    }
}
