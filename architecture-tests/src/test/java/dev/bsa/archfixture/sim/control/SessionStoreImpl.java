package dev.bsa.archfixture.sim.control;

/** Breaks the naming rule: "Impl" names no technology and no role. */
public final class SessionStoreImpl {
}
