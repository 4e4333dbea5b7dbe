package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.testing.Concurrently;
import dev.bsa.sim.adapter.out.persistence.SchemaMigrations.Script;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private static final Script V2 = Script.of("V2__extra_table.sql", "CREATE TABLE EXTRA (ID INTEGER NOT NULL);\n");
    private static final Script V3 =
            Script.of("V3__another_table.sql", "CREATE TABLE ANOTHER (ID INTEGER NOT NULL);\n");

    private final JdbcDataSource database = freshH2();

    @Test
    void theBundledScriptsAreExactlyTheFilesOfTheMigrationFolder() throws IOException, URISyntaxException {
        Path folder = Path.of(
                getClass().getClassLoader().getResource(SchemaMigrations.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(SchemaMigrations.SCRIPTS);
        }
    }

    @Test
    void theBundledMigrationsAreTheScriptsOfTheClassPath() {
        assertThat(SchemaMigrations.bundled().scripts()).containsExactly(bundledV1(), bundledV2());
    }

    @Test
    void givenFreshDatabase_migrate_appliesEveryScriptAndRecordsItsChecksumAndTime() throws SQLException {
        List<Integer> applied = migrations(bundledV1()).migrate(database, SQLDialect.H2);

        assertThat(applied).containsExactly(1);
        assertThat(tables()).contains("CLIENT", "APP_USER", "AUTH_SESSION", "SIGNING_KEY", "SCHEMA_HISTORY");
        assertThat(history())
                .containsExactly("1 schema V1__schema.sql " + bundledV1().checksum() + " "
                        + CLOCK.instant().toEpochMilli() * 1000);
    }

    @Test
    void givenMigratedDatabase_migrateAgain_appliesNothing() {
        migrations(bundledV1()).migrate(database, SQLDialect.H2);

        assertThat(migrations(bundledV1()).migrate(database, SQLDialect.H2)).isEmpty();
    }

    @Test
    void givenNewScript_migrate_appliesOnlyThatScript() throws SQLException {
        migrations(bundledV1()).migrate(database, SQLDialect.H2);

        assertThat(migrations(bundledV1(), V2).migrate(database, SQLDialect.H2)).containsExactly(2);
        assertThat(tables()).contains("EXTRA");
        assertThat(history()).hasSize(2);
    }

    @Test
    void givenAppliedScriptEditedSince_migrate_refusesAndAppliesNothingNew() throws SQLException {
        migrations(bundledV1()).migrate(database, SQLDialect.H2);
        Script edited = Script.of("V1__schema.sql", bundledV1().sql() + "\nCREATE TABLE SNEAKY (ID INTEGER);\n");

        assertThatThrownBy(() -> migrations(edited, V2).migrate(database, SQLDialect.H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V1__schema.sql was changed after it was applied");
        assertThat(tables()).doesNotContain("SNEAKY", "EXTRA");
    }

    @Test
    void givenDatabaseMigratedFurtherThanThisSimulatorKnows_migrate_refuses() {
        migrations(bundledV1(), V2).migrate(database, SQLDialect.H2);

        assertThatThrownBy(() -> migrations(bundledV1()).migrate(database, SQLDialect.H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the database is at schema version 2, but this simulator knows versions up to 1");
    }

    @Test
    void givenNewScriptOlderThanTheLatestApplied_migrate_refusesToApplyItOutOfOrder() throws SQLException {
        migrations(bundledV1(), V3).migrate(database, SQLDialect.H2);

        assertThatThrownBy(() -> migrations(bundledV1(), V2, V3).migrate(database, SQLDialect.H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V2__extra_table.sql is older than version 3");
        assertThat(tables()).doesNotContain("EXTRA");
    }

    @Test
    void givenFailingScript_migrate_namesItAndRecordsNothingForIt() throws SQLException {
        migrations(bundledV1()).migrate(database, SQLDialect.H2);
        Script broken = Script.of("V2__broken.sql", "CREATE TABLE BROKEN (ID NO_SUCH_TYPE);\n");

        assertThatThrownBy(() -> migrations(bundledV1(), broken).migrate(database, SQLDialect.H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("migration V2__broken.sql failed");
        assertThat(history()).hasSize(1);
    }

    @Test
    void givenDatabaseThatFlywayMigrated_migrate_takesOverItsHistoryInsteadOfApplyingTheScriptAgain()
            throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(bundledV1().sql());
            statement.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT NOT NULL, "
                    + "\"version\" VARCHAR(50), \"success\" BOOLEAN NOT NULL)");
            statement.execute("INSERT INTO \"flyway_schema_history\" VALUES (1, '1', TRUE)");
        }

        assertThat(migrations(bundledV1()).migrate(database, SQLDialect.H2)).isEmpty();
        assertThat(history())
                .containsExactly("1 schema V1__schema.sql " + bundledV1().checksum() + " "
                        + CLOCK.instant().toEpochMilli() * 1000);
    }

    @Test
    void givenScriptWithWindowsLineEnds_itsChecksumIsTheSameAsWithUnixLineEnds() {
        assertThat(Script.of("V7__x.sql", "CREATE TABLE X (ID INT);\r\nCREATE TABLE Y (ID INT);\r\n")
                        .checksum())
                .isEqualTo(Script.of("V7__x.sql", "CREATE TABLE X (ID INT);\nCREATE TABLE Y (ID INT);\n")
                        .checksum());
    }

    @Test
    void aScriptNameMustSayItsVersionAndDescription() {
        for (String name : List.of(
                "V1_schema.sql", "schema.sql", "V0__zero.sql", "V1__schema.SQL", "V1__.sql", "R__repeatable.sql")) {
            assertThatThrownBy(() -> Script.of(name, "SELECT 1;"))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Script.of("V12__add_user_names.sql", "").version()).isEqualTo(12);
        assertThat(Script.of("V12__add_user_names.sql", "").description()).isEqualTo("add user names");
    }

    @Test
    void twoScriptsWithTheSameVersionAreRefused() {
        Script twin = Script.of("V2__twin.sql", "SELECT 1;");

        assertThatThrownBy(() -> migrations(bundledV1(), V2, twin))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two migration scripts have version 2");
    }

    @Test
    void givenSimulatorsOpeningOneFreshDatabaseAtOnce_exactlyOneAppliesTheScripts() throws SQLException {
        List<List<Integer>> results =
                Concurrently.run(8, start -> SchemaMigrations.bundled().migrate(database, SQLDialect.H2));

        assertThat(results).filteredOn(applied -> !applied.isEmpty()).containsExactly(List.of(1, 2));
        assertThat(history()).hasSize(2);
    }

    private static SchemaMigrations migrations(Script... scripts) {
        return new SchemaMigrations(List.of(scripts), CLOCK);
    }

    @Test
    void givenVersion1DatabaseWithHistory_retentionScript_datesEachAuditEntryByItsSessionAndMarksTokensForErasure()
            throws SQLException {
        migrations(bundledV1()).migrate(database, SQLDialect.H2);
        execute("INSERT INTO AUTH_SESSION (SESSION_ID, METHOD, CLIENT_KEY, USER_KEY, CREATED_AT, EXPIRES_AT, HISTORY,"
                + " STATUS, LIVE, ACCESS_TOKEN, REFRESH_TOKEN, VERSION) VALUES ('done', 'TOTP', 'shop', 'alice', 40,"
                + " 100, 'RequestAuth,AuthCompleted', 'AuthCompleted', FALSE, 'access', 'refresh', 1)");
        execute("INSERT INTO AUTH_SESSION (SESSION_ID, METHOD, CLIENT_KEY, USER_KEY, CREATED_AT, EXPIRES_AT, HISTORY,"
                + " STATUS, LIVE, VERSION, LIVE_USER_KEY) VALUES ('live', 'QR', 'shop', 'bob', 150, 200,"
                + " 'RequestAuth', 'RequestAuth', TRUE, 0, 'bob')");
        execute("INSERT INTO AUDIT_ENTRY (RECORDED_AT, SESSION_ID, METHOD, CLIENT_KEY, STATUS, SEQ_NO) VALUES"
                + " (40, 'done', 'TOTP', 'shop', 'RequestAuth', 0), (150, 'live', 'QR', 'shop', 'RequestAuth', 0),"
                + " (70, 'gone', 'PUSH', 'shop', 'RequestAuth', 0)");

        assertThat(migrations(bundledV1(), bundledV2()).migrate(database, SQLDialect.H2))
                .containsExactly(2);

        assertThat(query("SELECT SESSION_ID || ' ' || COALESCE(CAST(TOKENS_ERASE_AT AS VARCHAR), '-')"
                        + " FROM AUTH_SESSION ORDER BY SESSION_ID"))
                .containsExactly("done 100", "live -");
        assertThat(query("SELECT SESSION_ID || ' ' || SESSION_EXPIRES_AT FROM AUDIT_ENTRY ORDER BY SESSION_ID"))
                .containsExactly("done 100", "gone 70", "live 200");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static Script bundledV2() {
        return Script.of("V2__retention.sql", resourceText(SchemaMigrations.FOLDER + "V2__retention.sql"));
    }

    private static Script bundledV1() {
        return Script.of("V1__schema.sql", resourceText(SchemaMigrations.FOLDER + "V1__schema.sql"));
    }

    private static String resourceText(String path) {
        try (var input = SchemaMigrationsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(input.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT VERSION, DESCRIPTION, SCRIPT, CHECKSUM, INSTALLED_AT FROM SCHEMA_HISTORY ORDER BY VERSION")) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getString(4) + " " + result.getLong(5));
            }
        }
        return rows;
    }

    private static JdbcDataSource freshH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TestDatabases.inMemoryUrl());
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
