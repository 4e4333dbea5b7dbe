package dev.bsa.bench.startup;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Minimum, median and maximum of some millisecond figures.
 *
 * @param count  how many
 * @param min    the smallest
 * @param median the median (the mean of the two middle ones for an even count)
 * @param max    the largest
 */
public record StartupSummary(int count, long min, long median, long max) {

    /** The summary of the present {@code values}, or empty when none is present. */
    public static Optional<StartupSummary> of(List<OptionalLong> values) {
        long[] sorted = values.stream()
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .sorted()
                .toArray();
        if (sorted.length == 0) {
            return Optional.empty();
        }
        int middle = sorted.length / 2;
        long median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Optional.of(new StartupSummary(sorted.length, sorted[0], median, sorted[sorted.length - 1]));
    }
}
