package dev.bsa.archfixture.sim.control;

/** Breaks the naming rule: "Helper". */
public final class KeyHelper {
}
