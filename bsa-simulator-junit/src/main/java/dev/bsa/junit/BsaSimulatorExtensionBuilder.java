package dev.bsa.junit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a {@link BsaSimulatorExtension} registered with {@code @RegisterExtension}, from {@link
 * BsaSimulatorExtension#builder()}; every one is optional.
 */
public final class BsaSimulatorExtensionBuilder {

    private int port;
    private Optional<Instant> virtualClock = Optional.empty();
    private String seed = "demo";
    private Optional<Duration> deadline = Optional.empty();
    private Optional<Integer> totpDailyLimit = Optional.empty();
    private boolean perTest;

    BsaSimulatorExtensionBuilder() {}

    /**
     * Listens on a fixed port instead of a free one.
     *
     * @param fixedPort the port, or 0 for a free one (the default)
     * @return this builder
     * @throws IllegalArgumentException outside 0 to 65535
     */
    public BsaSimulatorExtensionBuilder port(int fixedPort) {
        if (fixedPort < 0 || fixedPort > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535: " + fixedPort);
        }
        this.port = fixedPort;
        return this;
    }

    /**
     * Runs on a virtual clock that starts at {@link BsaSimulatorExtension#VIRTUAL_START} and only moves through {@link
     * SimulatorHandle#advanceClock}; every test starts at that instant.
     *
     * @return this builder
     */
    public BsaSimulatorExtensionBuilder virtualClock() {
        return virtualClock(BsaSimulatorExtension.VIRTUAL_START);
    }

    /**
     * Runs on a virtual clock that starts at {@code start}; every test starts at that instant.
     *
     * @param start the instant the clock shows before anything moves it
     * @return this builder
     */
    public BsaSimulatorExtensionBuilder virtualClock(Instant start) {
        this.virtualClock = Optional.of(Objects.requireNonNull(start, "start"));
        return this;
    }

    /**
     * Loads a seed file (JSON or YAML) instead of the demo seed.
     *
     * @param file the seed file
     * @return this builder
     */
    public BsaSimulatorExtensionBuilder seed(Path file) {
        this.seed = Objects.requireNonNull(file, "file").toString();
        return this;
    }

    /**
     * Starts empty: no website, no user.
     *
     * @return this builder
     */
    public BsaSimulatorExtensionBuilder emptySeed() {
        this.seed = "none";
        return this;
    }

    /**
     * Sets how long a push, OTP or QR login may take (60 s in the demo seed).
     *
     * @param deadline the deadline, whole seconds
     * @return this builder
     * @throws IllegalArgumentException unless positive
     */
    public BsaSimulatorExtensionBuilder deadline(Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the deadline must be positive: " + deadline);
        }
        this.deadline = Optional.of(deadline);
        return this;
    }

    /**
     * Sets how many TOTP attempts a user has per day (5 in the demo seed).
     *
     * @param attempts the limit
     * @return this builder
     * @throws IllegalArgumentException unless positive
     */
    public BsaSimulatorExtensionBuilder totpDailyLimit(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("the TOTP daily limit must be positive: " + attempts);
        }
        this.totpDailyLimit = Optional.of(attempts);
        return this;
    }

    /**
     * Starts a fresh simulator for every test instead of one per class.
     *
     * @return this builder
     */
    public BsaSimulatorExtensionBuilder perTest() {
        this.perTest = true;
        return this;
    }

    /**
     * The extension, for a {@code @RegisterExtension} field.
     *
     * @return the extension
     */
    public BsaSimulatorExtension build() {
        return new BsaSimulatorExtension(options());
    }

    EmbeddedOptions options() {
        return new EmbeddedOptions(port, virtualClock, seed, deadline, totpDailyLimit, perTest);
    }
}
