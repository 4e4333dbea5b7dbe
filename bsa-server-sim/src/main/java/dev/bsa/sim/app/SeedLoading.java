package dev.bsa.sim.app;

import dev.bsa.sim.control.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Turns a {@link SimulatorConfig.SeedSource} into a {@link Seed}. */
final class SeedLoading {

    /** The classpath resource of the built-in demo seed. */
    static final String DEMO_RESOURCE = "/demo-seed.yaml";

    private SeedLoading() {
    }

    static Seed load(SimulatorConfig.SeedSource source) {
        if (source instanceof SimulatorConfig.SeedSource.File file) {
            try (InputStream input = Files.newInputStream(file.path())) {
                return SeedFile.read(input, file.path().toString());
            } catch (IOException unreadable) {
                throw new IllegalArgumentException("cannot read the seed file " + file.path() + ": " + unreadable.getMessage(),
                        unreadable);
            }
        }
        if (source instanceof SimulatorConfig.SeedSource.Demo) {
            try (InputStream input = SeedLoading.class.getResourceAsStream(DEMO_RESOURCE)) {
                if (input == null) {
                    throw new IllegalStateException("the demo seed " + DEMO_RESOURCE + " is missing from the jar");
                }
                return SeedFile.read(input, "the demo seed");
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return Seed.empty();
    }
}
