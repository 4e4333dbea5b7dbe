package dev.bsa.archfixture.sim.control;

/** Breaks the naming rule: "Utils". */
public final class StringUtils {
}
