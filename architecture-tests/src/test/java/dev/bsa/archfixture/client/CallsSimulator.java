package dev.bsa.archfixture.client;

import dev.bsa.archfixture.sim.adapter.in.http.SessionRoutes;

/** Breaks "the client never depends on the simulator": calls an HTTP adapter of the simulator directly. */
public final class CallsSimulator {

    public String status(String sessionId) {
        return new SessionRoutes().status(sessionId);
    }
}
