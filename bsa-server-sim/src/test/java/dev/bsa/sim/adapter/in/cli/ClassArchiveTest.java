package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @TempDir
    Path directory;

    @Test
    void theArchiveAndItsStampSitNextToTheJar_namedAfterIt() {
        ClassArchive archive = ClassArchive.besides(directory.resolve("target/bsa-server-sim.jar"));

        assertThat(archive.archive()).isEqualTo(directory.resolve("target/bsa-server-sim.jsa"));
        assertThat(archive.stamp()).isEqualTo(directory.resolve("target/bsa-server-sim.jsa.properties"));
        assertThat(archive.jar()).isAbsolute();
    }

    @Test
    void anArchiveStampedForThisJarAndThisJdk_isUsable() throws IOException {
        ClassArchive archive = trainedArchive();

        assertThat(archive.usable()).isTrue();
    }

    @Test
    void withoutTheArchiveOrItsStamp_nothingIsUsable() throws IOException {
        ClassArchive archive = trainedArchive();
        Files.delete(archive.stamp());
        assertThat(archive.usable()).isFalse();

        ClassArchive other = trainedArchive();
        Files.delete(other.archive());
        assertThat(other.usable()).isFalse();
    }

    @Test
    void anEmptyArchive_isNotUsable() throws IOException {
        ClassArchive archive = trainedArchive();
        Files.write(archive.archive(), new byte[0]);

        assertThat(archive.usable()).isFalse();
    }

    @Test
    void afterTheJarIsRebuilt_theOldArchiveIsNotUsed() throws IOException {
        ClassArchive archive = trainedArchive();
        Files.setLastModifiedTime(archive.jar(), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(archive.usable()).as("another modification time").isFalse();

        ClassArchive resized = trainedArchive();
        Files.writeString(resized.jar(), "a jar of another size");
        assertThat(resized.usable()).as("another size").isFalse();
    }

    @Test
    void anArchiveMadeWithAnotherJdk_isNotUsed() throws IOException {
        ClassArchive archive = trainedArchive();
        String stamp = Files.readString(archive.stamp());
        Files.writeString(archive.stamp(), stamp.replaceAll("(?m)^java\\.vm\\.version=.*$", "java.vm.version=25+36"));

        assertThat(archive.usable()).isFalse();
    }

    @Test
    void aGarbledStamp_isNotUsable_ratherThanStoppingTheStart() throws IOException {
        ClassArchive archive = trainedArchive();
        Files.writeString(archive.stamp(), "jar=\\uZZZZ\n");

        assertThat(archive.usable()).isFalse();
    }

    @Test
    void aClassLoadedFromAFolder_hasNoJar() {
        assertThat(ClassArchive.jarOf(ClassArchiveTest.class)).isEmpty();
    }

    @Test
    void aClassLoadedFromAJar_namesThatJar() {
        assertThat(ClassArchive.jarOf(org.junit.jupiter.api.Test.class))
                .hasValueSatisfying(jar -> assertThat(jar.getFileName().toString()).startsWith("junit-jupiter-api"));
    }

    private ClassArchive trainedArchive() throws IOException {
        Path folder = Files.createTempDirectory(directory, "build");
        Path jar = Files.writeString(folder.resolve("bsa-server-sim.jar"), "not really a jar");
        ClassArchive archive = ClassArchive.besides(jar);
        Files.write(archive.archive(), new byte[] {1, 2, 3});
        archive.writeStamp();
        return archive;
    }
}
