package dev.bsa.archfixture.sim.application.service;

/** Breaks the naming rule: "Util". */
public final class TimeUtil {}
