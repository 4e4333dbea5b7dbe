package dev.bsa.sim.application.port.out;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import java.util.Optional;

/**
 * The whole stored state as one document: exported as JSON, imported in one transaction (all or
 * nothing), or wiped.
 */
public interface StateArchive {

    /** Every stored table as JSON (the audit log excluded), with a format name and version. */
    String exportJson();

    /**
     * Replaces the whole state by a document {@link #exportJson()} produced; 2002 (and nothing
     * changed) when the document is malformed or of another format.
     */
    Result<Done> importJson(String json);

    /** Deletes everything, the audit log included. */
    void reset();

    /** The token-signing key (a private JWK) a well-formed document carries, if any. */
    Optional<String> signingKeyIn(String json);
}
