package dev.bsa.domain.port.out;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;

/** The verification nodes that confirm an approved authentication; a failure is a {@code 5022} rejection. */
public interface NodeVerifier {

    /** Verifies the approved session. */
    Result<Done> verify(AuthSession session);
}
