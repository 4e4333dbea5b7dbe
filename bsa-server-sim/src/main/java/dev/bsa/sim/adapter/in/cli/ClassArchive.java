package dev.bsa.sim.adapter.in.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;

/**
 * The class-data archive (the JDK's CDS) that the build makes for a runnable jar, next to it: for
 * {@code bsa-server-sim.jar}, {@code bsa-server-sim.jsa} and its stamp {@code bsa-server-sim.jsa.properties}.
 * The archive holds the classes a start loads, already parsed and verified, so a JVM that maps it starts in
 * about half the time. The stamp says which jar (path, size, modification time) and which JDK it was made
 * with: the JVM would refuse an archive of another jar or JDK with a warning, and the stamp lets the
 * {@link ClassArchiveLauncher} know that before it starts a JVM for nothing.
 *
 * @param jar     the runnable jar
 * @param archive the archive next to it
 * @param stamp   the stamp next to it
 */
public record ClassArchive(Path jar, Path archive, Path stamp) {

    private static final String JAR_SUFFIX = ".jar";

    /** The archive and stamp that belong next to {@code jar}. */
    public static ClassArchive besides(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        String base = name.endsWith(JAR_SUFFIX) ? name.substring(0, name.length() - JAR_SUFFIX.length()) : name;
        return new ClassArchive(absolute, absolute.resolveSibling(base + ".jsa"),
                absolute.resolveSibling(base + ".jsa.properties"));
    }

    /** The jar {@code type} was loaded from, if it was loaded from a jar file (not from a folder of classes). */
    public static Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.getFileName().toString().endsWith(JAR_SUFFIX)
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }

    /** Whether the archive is there and was made for this jar, as it is now, with the JDK running this JVM. */
    public boolean usable() {
        try {
            return Files.isRegularFile(archive) && Files.size(archive) > 0 && Files.isRegularFile(stamp)
                    && readStamp().equals(currentStamp());
        } catch (IOException | IllegalArgumentException unreadableOrGarbled) {
            return false;
        }
    }

    /** Writes the stamp of the jar as it is now and of the JDK running this JVM; the build calls it after training. */
    public void writeStamp() {
        try (OutputStream out = Files.newOutputStream(stamp)) {
            currentStamp().store(out, "the class-data archive " + archive.getFileName() + " was made for");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stamp, e);
        }
    }

    private Properties currentStamp() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jar", jar.toString());
        properties.setProperty("jar.size", String.valueOf(Files.size(jar)));
        properties.setProperty("jar.modified", String.valueOf(Files.getLastModifiedTime(jar).toMillis()));
        properties.setProperty("java.home", System.getProperty("java.home"));
        properties.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        return properties;
    }

    private Properties readStamp() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(stamp)) {
            properties.load(in);
        }
        return properties;
    }
}
