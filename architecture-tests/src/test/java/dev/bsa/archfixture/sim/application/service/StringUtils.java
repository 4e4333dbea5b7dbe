package dev.bsa.archfixture.sim.application.service;

/** Breaks the naming rule: "Utils". */
public final class StringUtils {}
