package dev.bsa.archfixture.sim.adapter.in.http;

/** An HTTP adapter of the simulator. */
public final class SessionRoutes {

    public String status(String sessionId) {
        return "AuthCompleted";
    }
}
