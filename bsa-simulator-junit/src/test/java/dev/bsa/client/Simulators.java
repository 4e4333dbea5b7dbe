package dev.bsa.client;

import dev.bsa.junit.SimulatorHandle;
import java.time.Duration;

/** Clients of the SDK pointed at an embedded simulator. */
final class Simulators {

    /** How long a test waits for a login that should end promptly. */
    static final Duration PROMPTLY = Duration.ofSeconds(15);

    private Simulators() {}

    static Bsa bsa(SimulatorHandle simulator) {
        return bsa(simulator, simulator.clientKey());
    }

    static Bsa bsa(SimulatorHandle simulator, String clientKey) {
        return Bsa.builder(clientKey)
                .baseUrl(simulator.baseUrl())
                .pollInterval(Duration.ofMillis(200))
                .build();
    }

    static BsaDevice phoneOf(SimulatorHandle simulator, String user) {
        return BsaDevice.connect(simulator.baseUrl(), "demo-device-" + user);
    }

    static BsaAdmin admin(SimulatorHandle simulator) {
        return BsaAdmin.connect(simulator.baseUrl(), simulator.adminToken());
    }
}
