package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:file:/srv/bsa/data/bsa;MODE=PostgreSQL | /srv/bsa/data
            jdbc:h2:/srv/bsa/data/bsa                      | /srv/bsa/data
            jdbc:h2:FILE:/srv/bsa                          | /srv
            """)
    void theDirectoryOfAnH2FileDatabase_isWhereItsFilesGo(String url, String directory) {
        assertThat(Database.h2Directory(url)).contains(Path.of(directory));
    }

    @Test
    void aRelativeH2Path_isUnderTheWorkingDirectory_andAHomePath_underTheHome() {
        assertThat(Database.h2Directory("jdbc:h2:file:./data/bsa"))
                .contains(Path.of("./data").toAbsolutePath());
        assertThat(Database.h2Directory("jdbc:h2:~/bsa")).contains(Path.of(System.getProperty("user.home")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:nio:/srv/bsa", "jdbc:h2:zip:/srv/bsa.zip!/bsa", "jdbc:h2:file:"})
    void anH2FileSystemOfItsOwn_isLeftToH2(String url) {
        assertThat(Database.h2Directory(url)).isEmpty();
    }

    @Test
    void anH2PathWhereNoDirectoryCanBe_isRefusedInOneSentence_beforeH2IsAsked(@TempDir Path directory)
            throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "");

        assertThatThrownBy(() ->
                        Database.open("jdbc:h2:file:" + file.resolve("data").resolve("bsa")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the H2 database's directory " + file.resolve("data") + " cannot be created")
                .hasNoCause();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:bsa;DB_CLOSE_DELAY=-1", "jdbc:h2:mem:", "JDBC:H2:MEM:upper"})
    void givenH2InMemoryUrl_dialectOf_isH2(String url) {
        assertThat(Database.dialectOf(url)).isEqualTo(SQLDialect.H2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/var/lib/bsa/state", "jdbc:h2:./data/bsa;AUTO_SERVER=TRUE", "jdbc:h2:~/bsa"})
    void givenH2FileUrl_dialectOf_isH2(String url) {
        assertThat(Database.dialectOf(url)).isEqualTo(SQLDialect.H2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example:5432/bsa", "jdbc:postgresql:bsa?user=sim&password=secret"})
    void givenPostgresqlUrl_dialectOf_isPostgres(String url) {
        assertThat(Database.dialectOf(url)).isEqualTo(SQLDialect.POSTGRES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost/bsa", "h2:mem:bsa", "postgresql://localhost/bsa", ""})
    void givenUrlOfAnotherDatabase_dialectOf_isRefused(String url) {
        assertThatThrownBy(() -> Database.dialectOf(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported database URL");
    }

    @Test
    void givenUrlOfAnotherDatabase_open_isRefusedBeforeConnecting() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/bsa"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenH2Urls_onlyEmbeddedOnesAreShutDownOnClose() {
        assertThat(Database.isEmbeddedH2("jdbc:h2:mem:bsa")).isTrue();
        assertThat(Database.isEmbeddedH2("jdbc:h2:file:./data/bsa")).isTrue();
        assertThat(Database.isEmbeddedH2("jdbc:h2:tcp://localhost/~/bsa")).isFalse();
        assertThat(Database.isEmbeddedH2("jdbc:h2:ssl://localhost/~/bsa")).isFalse();
        assertThat(Database.isEmbeddedH2("jdbc:postgresql://localhost/bsa")).isFalse();
    }

    @Test
    void givenFreshDatabase_open_appliesEveryMigrationAndPicksTheDialect() {
        try (Database database = TestDatabases.freshInMemory()) {
            List<String> tables = database.dsl().meta().getTables().stream()
                    .filter(table -> table.getSchema() != null
                            && "PUBLIC".equals(table.getSchema().getName()))
                    .map(table -> table.getName())
                    .toList();

            assertThat(database.dialect()).isEqualTo(SQLDialect.H2);
            assertThat(tables)
                    .contains(
                            "CLIENT",
                            "APP_USER",
                            "USER_LINK",
                            "AUTH_SESSION",
                            "APP_OTP_CODE",
                            "TOTP_ATTEMPT",
                            "TOTP_LAST_STEP",
                            "SIMULATOR_SETTINGS",
                            "DEVICE",
                            "REFRESH_TOKEN",
                            "AUDIT_ENTRY",
                            "PHONE_BEHAVIOUR",
                            "SIGNING_KEY");
            assertThat(database.dsl().fetchValue("select max(VERSION) from SCHEMA_HISTORY"))
                    .isEqualTo(2);
        }
    }

    @Test
    void givenMigratedDatabase_openingItAgain_migratesNothingAndKeepsTheData() {
        String url = TestDatabases.inMemoryUrl();
        try (Database first = Database.open(url)) {
            new JooqSigningKeyStore(first.dsl()).save("{\"kty\":\"EC\"}");
            try (Database second = Database.open(url)) {
                assertThat(new JooqSigningKeyStore(second.dsl()).load()).contains("{\"kty\":\"EC\"}");
            }
        }
    }

    @Test
    void onlyTheOpeningThatCreatesTheSchema_saysItCreatedIt() {
        String url = TestDatabases.inMemoryUrl();
        try (Database first = Database.open(url);
                Database second = Database.open(url)) {
            assertThat(first.created()).isTrue();
            assertThat(second.created()).isFalse();
        }
    }

    @Test
    void givenClosedDatabase_closingAgain_doesNothing() {
        Database database = TestDatabases.freshInMemory();
        database.close();

        database.close();

        assertThat(database.url()).startsWith("jdbc:h2:mem:test-");
    }
}
