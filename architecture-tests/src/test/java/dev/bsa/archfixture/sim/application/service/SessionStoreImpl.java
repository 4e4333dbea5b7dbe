package dev.bsa.archfixture.sim.application.service;

/** Breaks the naming rule: "Impl" names no technology and no role. */
public final class SessionStoreImpl {}
