package dev.bsa.sim.control;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.sim.control.port.SigningKeyStore;
import dev.bsa.sim.control.port.StateArchive;
import java.util.Map;
import java.util.Optional;

/**
 * The whole simulator state: export and import as JSON, and reset to the seed the simulator
 * started from (faults cleared, settings as seeded). The token signing key is the simulator's
 * identity, not part of its state: reset and import keep the key the running simulator signs with,
 * so that the stored key never differs from it and tokens verify the same after a restart.
 */
public final class StateService {

    private final StateArchive archive;
    private final SigningKeyStore signingKeys;
    private final DirectoryService directory;
    private final DeviceService devices;
    private final SettingsRepository settings;
    private final FaultPlan faults;
    private final EventFeed events;
    private final Seed seed;

    public StateService(StateArchive archive, SigningKeyStore signingKeys, DirectoryService directory,
            DeviceService devices, SettingsRepository settings, FaultPlan faults, EventFeed events, Seed seed) {
        this.archive = archive;
        this.signingKeys = signingKeys;
        this.directory = directory;
        this.devices = devices;
        this.settings = settings;
        this.faults = faults;
        this.events = events;
        this.seed = seed;
    }

    /** The whole state as JSON. */
    public String export() {
        return archive.exportJson();
    }

    /** Replaces the whole state by an exported document; 2002 and nothing changed when it is malformed. */
    public Result<Done> importState(String json) {
        Optional<String> signingKey = signingKeys.load();
        Result<Done> imported = archive.importJson(json);
        if (imported.isSuccess()) {
            signingKey.ifPresent(signingKeys::save);
            faults.clear();
            events.publish("admin", Map.of("action", "state-imported"));
        }
        return imported;
    }

    /** Wipes everything but the signing key and loads the seed again. */
    public void reset() {
        Optional<String> signingKey = signingKeys.load();
        try {
            wipe(signingKey);
            applySeed();
        } catch (RuntimeException failure) {
            wipe(signingKey);
            throw failure;
        }
        events.publish("admin", Map.of("action", "reset"));
    }

    /**
     * Loads the seed into a new, empty store (the first start on a database). When that fails,
     * the store is wiped again, so that no part of the seed stays behind for the next start to find.
     */
    public void seedNewStore() {
        try {
            applySeed();
        } catch (RuntimeException failure) {
            archive.reset();
            throw failure;
        }
    }

    private void wipe(Optional<String> signingKey) {
        archive.reset();
        signingKey.ifPresent(signingKeys::save);
        faults.clear();
    }

    private void applySeed() {
        settings.save(seed.settings().orElseGet(Settings::defaults));
        seed.clients().forEach(directory::saveClient);
        for (Seed.SeedUser user : seed.users()) {
            directory.saveUser(user.key(), user.status(), user.device(), user.totpSecret());
            user.deviceToken().ifPresent(token -> require(devices.registerToken(user.key(), token)));
            user.phone().ifPresent(behaviour -> require(devices.setBehaviour(user.key(), behaviour)));
            for (ClientKey client : user.links()) {
                require(directory.link(user.key(), client));
            }
        }
    }

    private static void require(Result<?> seeded) {
        if (!seeded.isSuccess()) {
            throw new IllegalArgumentException("the seed is inconsistent: " + seeded.rejection().detail());
        }
    }
}
