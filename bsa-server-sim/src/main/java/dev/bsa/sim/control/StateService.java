package dev.bsa.sim.control;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.sim.control.port.StateArchive;
import java.util.Map;

/**
 * The whole simulator state: export and import as JSON, and reset to the seed the simulator
 * started from (faults cleared, settings as seeded).
 */
public final class StateService {

    private final StateArchive archive;
    private final DirectoryService directory;
    private final DeviceService devices;
    private final SettingsRepository settings;
    private final FaultPlan faults;
    private final EventFeed events;
    private final Seed seed;

    public StateService(StateArchive archive, DirectoryService directory, DeviceService devices,
            SettingsRepository settings, FaultPlan faults, EventFeed events, Seed seed) {
        this.archive = archive;
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
        Result<Done> imported = archive.importJson(json);
        if (imported.isSuccess()) {
            faults.clear();
            events.publish("admin", Map.of("action", "state-imported"));
        }
        return imported;
    }

    /** Wipes everything and loads the seed again. */
    public void reset() {
        archive.reset();
        faults.clear();
        applySeed();
        events.publish("admin", Map.of("action", "reset"));
    }

    /** Loads the seed into the current state (used at start when the store is empty, and by reset). */
    public void applySeed() {
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
