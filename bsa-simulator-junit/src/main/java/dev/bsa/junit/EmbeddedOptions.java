package dev.bsa.junit;

import dev.bsa.sim.app.SimulatorConfig;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the extension runs its simulator, whether it was set by {@link BsaSimulatorTest} or by {@link
 * BsaSimulatorExtension#builder()}.
 *
 * @param port           the port, 0 for a free one
 * @param virtualClock   the virtual clock's start, or empty for the system clock
 * @param seed           {@code "demo"}, {@code "none"} or a seed file
 * @param deadline       the login deadline instead of the seed's
 * @param totpDailyLimit the daily TOTP attempts instead of the seed's
 * @param perTest        a simulator per test instead of per class
 */
record EmbeddedOptions(
        int port,
        Optional<Instant> virtualClock,
        String seed,
        Optional<Duration> deadline,
        Optional<Integer> totpDailyLimit,
        boolean perTest) {

    static EmbeddedOptions of(BsaSimulatorTest annotation) {
        return new EmbeddedOptions(
                0,
                annotation.virtualClock() ? Optional.of(BsaSimulatorExtension.VIRTUAL_START) : Optional.empty(),
                annotation.seed(),
                Optional.empty(),
                Optional.empty(),
                annotation.perTest());
    }

    /** The simulator's configuration: loopback, a private in-memory database, and these options. */
    SimulatorConfig config() {
        SimulatorConfig config =
                SimulatorConfig.defaults().withHost("127.0.0.1").withPort(port).withSeed(seedSource());
        if (virtualClock.isPresent()) {
            config = config.withVirtualClock(virtualClock.get());
        }
        if (deadline.isPresent()) {
            config = config.withAuthDeadline(deadline.get());
        }
        if (totpDailyLimit.isPresent()) {
            config = config.withTotpLimit(totpDailyLimit.get());
        }
        return config;
    }

    private SeedSource seedSource() {
        if ("demo".equals(seed)) {
            return SeedSource.demo();
        }
        return "none".equals(seed) ? SeedSource.none() : SeedSource.file(Path.of(seed));
    }
}
