package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;

/** The whole simulator state: export and import as JSON, and reset to the seed. */
public interface ManageStateUseCase {

    /** The whole state as JSON. */
    String export();

    /**
     * Replaces the whole state by an exported document; 2002 and nothing changed when it is malformed or
     * inconsistent. The simulator's signing key is kept ({@link SigningKeyOnImport#KEPT}: the tokens it issued keep
     * verifying), or replaced by the document's ({@link SigningKeyOnImport#IMPORTED}: the exporting simulator's
     * tokens verify here, this one's earlier tokens no longer do).
     */
    Result<Done> importState(String json, SigningKeyOnImport signingKey);

    /** Whose token-signing key a simulator signs with after an import. */
    enum SigningKeyOnImport {
        /** Its own, as before the import (the default). */
        KEPT,
        /** The one the document carries, when it carries one. */
        IMPORTED
    }

    /** Wipes everything but the signing key, loads the seed again and puts a virtual clock back to its start. */
    void reset();
}
