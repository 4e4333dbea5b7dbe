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
            return DemoSeed.PARSED;
        }
        return Seed.empty();
    }

    /**
     * The demo seed, parsed once per JVM when first used: it is a resource of the jar, so every simulator of the JVM
     * would parse the same text to the same immutable {@link Seed} (secrets the seed leaves out are made when a seed
     * is stored, not here).
     */
    private static final class DemoSeed {

        static final Seed PARSED = parse();

        private static Seed parse() {
            try (InputStream input = SeedLoading.class.getResourceAsStream(DEMO_RESOURCE)) {
                if (input == null) {
                    throw new IllegalStateException("the demo seed " + DEMO_RESOURCE + " is missing from the jar");
                }
                return SeedFile.readBuiltIn(input, "the demo seed");
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
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
