package dev.bsa.archfixture.sim.adapter.in.http;

import dev.bsa.archfixture.domain.port.out.SessionStore;

/** Breaks "entry adapters talk to use cases only": a route that reads a driven port (a repository) itself. */
public final class ReadsTheStoreDirectly {

    private final SessionStore sessions;

    public ReadsTheStoreDirectly(SessionStore sessions) {
        this.sessions = sessions;
    }

    public boolean exists(String sessionId) {
        return sessions.contains(sessionId);
    }
}
