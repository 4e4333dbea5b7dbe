package dev.bsa.archfixture.sim.application.service;

/** Breaks the naming rule: a "Manager" says nothing about what it does. */
public final class SessionManager {

    public int count() {
        return 0;
    }
}
