package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;

/** The whole simulator state: export and import as JSON, and reset to the seed. */
public interface ManageStateUseCase {

    /** The whole state as JSON. */
    String export();

    /** Replaces the whole state by an exported document; 2002 and nothing changed when it is malformed. */
    Result<Done> importState(String json);

    /** Wipes everything but the signing key, loads the seed again and puts a virtual clock back to its start. */
    void reset();
}
