package dev.bsa.bench.report;

import java.util.List;
import java.util.Locale;

/** Medians and spreads of the report's repeated measurements. */
final class Stats {

    private Stats() {}

    /** The median (mean of the middle two for an even count); NaN when empty. */
    static double median(List<? extends Number> values) {
        double[] sorted =
                values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The mean; NaN when empty. */
    static double mean(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).average().orElse(Double.NaN);
    }

    /** E.g. {@code 512 (480–601, 10 runs)}. */
    static String spread(List<? extends Number> values) {
        double[] sorted =
                values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return "none";
        }
        return String.format(
                Locale.ROOT,
                "%s (%s–%s, %d runs)",
                Figure.number(median(values)),
                Figure.number(sorted[0]),
                Figure.number(sorted[sorted.length - 1]),
                sorted.length);
    }
}
