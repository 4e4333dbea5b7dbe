package dev.bsa.bench.report;

import dev.bsa.bench.machine.MachineSpan;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One row of the baseline report: the product's figure, the baseline's measured in the same run, their ratio,
 * the target and whether it was met, and how busy the machine was meanwhile.
 *
 * @param id        short name, e.g. {@code P2}
 * @param what      what was measured, in words
 * @param unit      the unit of both values, e.g. {@code ms} or {@code logins/s}
 * @param product   the product's value
 * @param baseline  the baseline's value, when the figure has one
 * @param target    what the figure is held to
 * @param load      the machine's load while measuring
 * @param detail    how it was measured and what else it showed (counts, spread, CPU per call)
 */
public record Figure(
        String id,
        String what,
        String unit,
        double product,
        OptionalDouble baseline,
        Target target,
        MachineSpan.Load load,
        String detail) {

    /** product ÷ baseline; NaN without a baseline. */
    public double ratio() {
        return baseline.isPresent() && baseline.getAsDouble() != 0 ? product / baseline.getAsDouble() : Double.NaN;
    }

    /** Whether the target was met. */
    public boolean met() {
        return target.metBy(target.onRatio() ? ratio() : product);
    }

    /** The load in a few words: load average before → after, busy share, others' share. */
    public String loadText() {
        StringBuilder text =
                new StringBuilder(String.format(Locale.ROOT, "load %.2f→%.2f", load.loadBefore(), load.loadAfter()));
        load.busyShare().ifPresent(busy -> text.append(String.format(Locale.ROOT, ", busy %.0f%%", 100 * busy)));
        load.othersShare()
                .ifPresent(others -> text.append(String.format(Locale.ROOT, ", others %.0f%%", 100 * others)));
        return text.toString();
    }

    /** A value as the table prints it: three significant digits, no exponent. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
