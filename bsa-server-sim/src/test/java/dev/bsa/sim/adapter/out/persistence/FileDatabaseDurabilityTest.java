package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An H2 {@code file:} database keeps everything across a close and a new open, as after a restart. */
class FileDatabaseDurabilityTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"", ";DB_CLOSE_DELAY=-1"})
    void givenEverythingWritten_closingAndOpeningTheSameFile_findsEverythingAgain(String options) {
        String url = "jdbc:h2:file:" + directory.resolve("bsa").toAbsolutePath() + options;
        try (Database database = Database.open(url)) {
            StoredState.write(database);
        }

        try (Database reopened = Database.open(url)) {
            StoredState.assertStored(reopened);
            assertThat(new JooqAuditLog(reopened.dsl()).recent(10)).containsExactly(StoredState.AUDIT);
        }
    }

    @Test
    void givenOpenFileDatabase_close_writesEverythingToTheFileAtOnce() throws IOException {
        Path original = directory.resolve("original");
        Path copy = directory.resolve("copy");
        Files.createDirectories(copy);
        String url = "jdbc:h2:file:" + original.resolve("bsa").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        Database database = Database.open(url);
        new JooqSigningKeyStore(database.dsl()).save("{\"kid\":\"written-just-before-close\"}");

        database.close();
        // What is on disk right after close, read by another database (as after a crash of this process).
        Files.copy(original.resolve("bsa.mv.db"), copy.resolve("bsa.mv.db"));

        try (Database fromDisk =
                Database.open("jdbc:h2:file:" + copy.resolve("bsa").toAbsolutePath())) {
            assertThat(new JooqSigningKeyStore(fromDisk.dsl()).load())
                    .contains("{\"kid\":\"written-just-before-close\"}");
        }
    }
}
