package dev.bsa.archfixture.sim.adapter.in.http;

import dev.bsa.archfixture.domain.port.in.LookUpSession;

/** Keeps "entry adapters talk to use cases only": a route that calls a use case. */
public final class CallsAUseCase {

    private final LookUpSession sessions;

    public CallsAUseCase(LookUpSession sessions) {
        this.sessions = sessions;
    }

    public String status(String sessionId) {
        return sessions.status(sessionId);
    }
}
