package dev.bsa.sim.application.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.sim.application.model.Seed;
import dev.bsa.sim.application.model.SimEvent;
import dev.bsa.sim.application.port.in.ControlClockUseCase;
import dev.bsa.sim.application.port.in.ManageStateUseCase;
import dev.bsa.sim.application.port.out.EventLog;
import dev.bsa.sim.application.port.out.FaultInjector;
import dev.bsa.sim.application.port.out.RandomSource;
import dev.bsa.sim.application.port.out.SigningKeyStore;
import dev.bsa.sim.application.port.out.StateArchive;
import java.util.function.UnaryOperator;

/**
 * The whole simulator state: export and import as JSON, and reset to the seed the simulator
 * started from (faults cleared, settings as seeded). The token signing key is the simulator's
 * identity, not part of its state: reset and import keep the key the running simulator signs with,
 * so that the stored key never differs from it and tokens verify the same after a restart; only an import that
 * asks for the document's key replaces it (in storage first, then in the running simulator).
 */
public final class ManageStateService implements ManageStateUseCase {

    private final StateArchive archive;
    private final SigningKeyStore signingKeys;
    private final RandomSource random;
    private final SettingsRepository settings;
    private final FaultInjector faults;
    private final EventLog events;
    private final Seed seed;
    private final ControlClockUseCase clock;
    private final ArrangedOutcomes arranged;

    public ManageStateService(
            StateArchive archive,
            SigningKeyStore signingKeys,
            RandomSource random,
            SettingsRepository settings,
            FaultInjector faults,
            EventLog events,
            Seed seed,
            ControlClockUseCase clock,
            ArrangedOutcomes arranged) {
        this.archive = archive;
        this.signingKeys = signingKeys;
        this.random = random;
        this.settings = settings;
        this.faults = faults;
        this.events = events;
        this.seed = seed;
        this.clock = clock;
        this.arranged = arranged;
    }

    @Override
    public String export() {
        return archive.exportJson();
    }

    @Override
    public Result<Done> importState(String json, SigningKeyOnImport signingKey) {
        return archive.importJson(json).map(documentKey -> {
            if (signingKey == SigningKeyOnImport.IMPORTED) {
                documentKey.ifPresent(signingKeys::save);
            }
            faults.clear();
            events.publish(new SimEvent.StateImported());
            return Done.DONE;
        });
    }

    @Override
    public void reset() {
        try {
            wipe();
            applySeed();
        } catch (RuntimeException failure) {
            wipe();
            throw failure;
        }
        arranged.clear();
        if (clock.isVirtual()) {
            clock.rewind();
        }
        events.publish(new SimEvent.StateReset());
    }

    /**
     * Prepares the store at the start: only a store this start created gets the seed (when that fails, the
     * store is wiped again, so that no part of the seed stays behind for the next start to find); a store that
     * holds the state of an earlier run keeps it, with the settings {@code overrides} changes (the command
     * line's deadline and TOTP limit). True when the seed was loaded.
     */
    public boolean prepareAtStart(boolean storeIsNew, UnaryOperator<Settings> overrides) {
        if (!storeIsNew) {
            settings.save(overrides.apply(settings.current()));
            return false;
        }
        try {
            applySeed();
        } catch (RuntimeException failure) {
            archive.reset();
            throw failure;
        }
        return true;
    }

    private void wipe() {
        archive.reset();
        faults.clear();
    }

    private void applySeed() {
        archive.store(SeedRows.of(seed, () -> ManageDirectoryService.newTotpSecret(random), clock.now()));
    }
}
