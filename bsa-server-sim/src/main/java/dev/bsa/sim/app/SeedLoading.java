package dev.bsa.sim.app;

import dev.bsa.sim.application.model.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns a {@link SimulatorConfig.SeedSource} into a {@link Seed}. */
final class SeedLoading {

    /** The classpath resource of the built-in demo seed. */
    static final String DEMO_RESOURCE = "/dev/bsa/sim/app/demo-seed.yaml";

    private SeedLoading() {}

    static Seed load(SimulatorConfig.SeedSource source) {
        if (source instanceof SimulatorConfig.SeedSource.File file) {
            return read(file.path());
        }
        if (source instanceof SimulatorConfig.SeedSource.Demo) {
            try (InputStream input = SeedLoading.class.getResourceAsStream(DEMO_RESOURCE)) {
                if (input == null) {
                    throw new IllegalStateException("the demo seed " + DEMO_RESOURCE + " is missing from the jar");
                }
                return SeedFile.readBuiltIn(input, "the demo seed");
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return Seed.empty();
    }

    private static Seed read(Path path) {
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("the seed file " + path + " is a directory");
        }
        try (InputStream input = Files.newInputStream(path)) {
            return SeedFile.read(input, path.toString());
        } catch (NoSuchFileException missing) {
            throw new IllegalArgumentException("the seed file " + path + " does not exist", missing);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read the seed file " + path + ": " + unreadable, unreadable);
        }
    }
}
