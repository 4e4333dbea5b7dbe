package dev.bsa.sim.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveLauncherTest {

    private static final Optional<String> JAVA = Optional.of("/opt/jdk/bin/java");
    private static final String MAIN = "dev.bsa.sim.adapter.in.cli.SimulatorCommand";
    private static final long LAUNCHER_PID = 4242;

    @TempDir
    Path directory;

    @Test
    void givenAUsableArchive_javaJar_runsTheCommandInAJvmThatMapsIt_withTheSameArguments() throws IOException {
        ClassArchive archive = usableArchive();

        Optional<List<String>> command = ClassArchiveLauncher.childCommand(JAVA,
                Optional.of(List.of("-jar", "target/bsa-server-sim.jar", "--port", "9090")), null, archive, MAIN,
                List.of("--port", "9090"), LAUNCHER_PID);

        assertThat(command).hasValueSatisfying(line -> {
            assertThat(line.get(0)).isEqualTo("/opt/jdk/bin/java");
            assertThat(line).contains("-XX:SharedArchiveFile=" + archive.archive(), "-Xshare:auto",
                    "-D" + ClassArchiveLauncher.LAUNCHER_PROPERTY + "=4242");
            assertThat(line.subList(line.size() - 5, line.size()))
                    .containsExactly("-cp", archive.jar().toString(), MAIN, "--port", "9090");
        });
    }

    @Test
    void givenJvmOptions_theCommandStaysInTheJvmThatJavaStarted() throws IOException {
        Optional<List<String>> command = ClassArchiveLauncher.childCommand(JAVA,
                Optional.of(List.of("-Xmx256m", "-jar", "target/bsa-server-sim.jar")), null, usableArchive(), MAIN,
                List.of(), LAUNCHER_PID);

        assertThat(command).isEmpty();
    }

    @Test
    void givenBsaClassArchiveOff_theCommandStaysInTheJvmThatJavaStarted() throws IOException {
        for (String off : List.of("off", "OFF", " off ")) {
            assertThat(ClassArchiveLauncher.childCommand(JAVA, Optional.of(List.of("-jar", "x.jar")), off, usableArchive(),
                    MAIN, List.of(), LAUNCHER_PID)).as(off).isEmpty();
        }
        assertThat(ClassArchiveLauncher.childCommand(JAVA, Optional.of(List.of("-jar", "x.jar")), "on", usableArchive(),
                MAIN, List.of(), LAUNCHER_PID)).isPresent();
    }

    @Test
    void givenNoUsableArchive_theCommandStaysInTheJvmThatJavaStarted() throws IOException {
        ClassArchive archive = usableArchive();
        Files.delete(archive.archive());

        assertThat(ClassArchiveLauncher.childCommand(JAVA, Optional.of(List.of("-jar", "x.jar")), null, archive, MAIN,
                List.of(), LAUNCHER_PID)).isEmpty();
    }

    @Test
    void whenItsOwnCommandLineCannotBeRead_theCommandStaysInTheJvmThatJavaStarted() throws IOException {
        ClassArchive archive = usableArchive();

        assertThat(ClassArchiveLauncher.childCommand(Optional.empty(), Optional.of(List.of("-jar", "x.jar")), null, archive,
                MAIN, List.of(), LAUNCHER_PID)).isEmpty();
        assertThat(ClassArchiveLauncher.childCommand(JAVA, Optional.empty(), null, archive, MAIN, List.of(), LAUNCHER_PID))
                .isEmpty();
        assertThat(ClassArchiveLauncher.childCommand(JAVA, Optional.of(List.of()), null, archive, MAIN, List.of(),
                LAUNCHER_PID)).isEmpty();
    }

    @Test
    void aJvmThatJavaStartedItself_watchesNoLauncher() {
        boolean[] stopped = {false};

        ClassArchiveLauncher.whenLauncherEnds(() -> stopped[0] = true);

        assertThat(stopped[0]).isFalse();
    }

    private ClassArchive usableArchive() throws IOException {
        Path folder = Files.createTempDirectory(directory, "build");
        ClassArchive archive = ClassArchive.besides(Files.writeString(folder.resolve("bsa-server-sim.jar"), "jar"));
        Files.write(archive.archive(), new byte[] {1});
        archive.writeStamp();
        return archive;
    }
}
