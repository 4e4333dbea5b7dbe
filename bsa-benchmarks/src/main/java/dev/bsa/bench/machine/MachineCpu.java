package dev.bsa.bench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The machine's CPU counters from Linux's {@code /proc/stat} (empty elsewhere): how busy all processors
 * were between two readings, so that a timing can say how much else was running while it was taken.
 */
public final class MachineCpu {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux counts in USER_HZ ticks, 100 per second on every common configuration. */
    private static final long MILLIS_PER_TICK = 10;

    private static final int IDLE = 3;
    private static final int IOWAIT = 4;

    private MachineCpu() {}

    /**
     * Waits until the machine was at most {@code maxBusyShare} busy over one {@code window}, for at most
     * {@code patience}; true when it was (or when there are no counters to tell), false when patience ran out.
     */
    public static boolean awaitQuiet(double maxBusyShare, Duration window, Duration patience)
            throws InterruptedException {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Reading> before = read();
            Thread.sleep(window.toMillis());
            Optional<Reading> after = read();
            if (before.isEmpty() || after.isEmpty() || before.get().busyShareUntil(after.get()) <= maxBusyShare) {
                return true;
            }
            if (System.nanoTime() - giveUp >= 0) {
                return false;
            }
        }
    }

    /** The counters now, summed over all processors; empty when there is no {@code /proc/stat}. */
    public static Optional<Reading> read() {
        try {
            List<String> lines = Files.readAllLines(PROC_STAT);
            String[] fields = lines.get(0).trim().split("\\s+");
            long busy = 0;
            long total = 0;
            for (int index = 1; index < fields.length && index <= 8; index++) {
                long ticks = Long.parseLong(fields[index]);
                total += ticks;
                busy += index - 1 == IDLE || index - 1 == IOWAIT ? 0 : ticks;
            }
            return Optional.of(new Reading(busy * MILLIS_PER_TICK, total * MILLIS_PER_TICK));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * CPU counters, in milliseconds of processor time summed over all processors.
     *
     * @param busyMillis time not idle (user, system, interrupts, stolen)
     * @param totalMillis all time
     */
    public record Reading(long busyMillis, long totalMillis) {

        /** The share of all processors' time between {@code this} and {@code later} that was busy, 0 to 1. */
        public double busyShareUntil(Reading later) {
            long total = later.totalMillis - totalMillis;
            return total <= 0 ? 0 : Math.min(1, (later.busyMillis - busyMillis) / (double) total);
        }

        /** The share of all processors' time until {@code later} used by others than {@code ownMillis}, 0 to 1. */
        public double othersShareUntil(Reading later, long ownMillis) {
            long total = later.totalMillis - totalMillis;
            long others = later.busyMillis - busyMillis - ownMillis;
            return total <= 0 ? 0 : Math.max(0, Math.min(1, others / (double) total));
        }
    }
}
