package dev.bsa.sim.application.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.Client;

/**
 * The website-side credential, checked before anything else of a website's request: the client key names a
 * registered client (2000 otherwise), and a queued server fault fails the call with 2001.
 */
public interface AuthenticateWebsiteUseCase {

    /** The client the raw key names; 2000 when missing, malformed or unknown; 2001 when a server fault is queued. */
    Result<Client> authenticate(String rawClientKey);
}
