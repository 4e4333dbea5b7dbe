package dev.bsa.archfixture.sim.application.service;

/** Breaks the naming rule: "Helper". */
public final class KeyHelper {}
