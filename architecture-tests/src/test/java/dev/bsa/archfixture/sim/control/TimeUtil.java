package dev.bsa.archfixture.sim.control;

/** Breaks the naming rule: "Util". */
public final class TimeUtil {
}
