package dev.bsa.bench.report;

import java.util.Locale;

/**
 * A figure's target: the ratio to the baseline (or the product's own value, for figures without a baseline)
 * held to a bound from above or from below.
 *
 * @param onRatio true: the ratio is held to the bound; false: the product's value is
 * @param atMost  true: at most {@code bound} (times, memory); false: at least (throughput)
 * @param bound   the bound
 * @param strict  true for a strict comparison ({@code <}, {@code >})
 */
public record Target(boolean onRatio, boolean atMost, double bound, boolean strict) {

    /** The ratio at most {@code bound}. */
    public static Target ratioAtMost(double bound) {
        return new Target(true, true, bound, false);
    }

    /** The ratio at least {@code bound}. */
    public static Target ratioAtLeast(double bound) {
        return new Target(true, false, bound, false);
    }

    /** The product's value below {@code bound}. */
    public static Target valueBelow(double bound) {
        return new Target(false, true, bound, true);
    }

    /** The product's value at most {@code bound}. */
    public static Target valueAtMost(double bound) {
        return new Target(false, true, bound, false);
    }

    /** Whether {@code value} (the ratio or the product's value, as this target says) meets it. */
    public boolean metBy(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (atMost) {
            return strict ? value < bound : value <= bound;
        }
        return strict ? value > bound : value >= bound;
    }

    /** E.g. {@code ratio ≤ 1.30} or {@code < 5 ms}. */
    public String describe(String unit) {
        String comparison = atMost ? strict ? "<" : "≤" : strict ? ">" : "≥";
        return onRatio
                ? String.format(Locale.ROOT, "ratio %s %.2f", comparison, bound)
                : String.format(Locale.ROOT, "%s %s %s", comparison, Figure.number(bound), unit);
    }
}
