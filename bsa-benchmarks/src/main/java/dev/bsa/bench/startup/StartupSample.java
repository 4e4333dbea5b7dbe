package dev.bsa.bench.startup;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One start of the simulator's jar.
 *
 * @param toHealthyMillis  from just before the process was started until {@code /health} first answered 200
 * @param selfReportedMillis what the simulator logged as its own start ({@code Simulator.start}: database,
 *                         migrations, wiring, seed, HTTP server), when it logged it
 * @param cpuMillis        CPU time the process had used (all its threads) when {@code /health} first answered,
 *                         when the operating system tells: unlike the wall time, barely moved by other load
 * @param othersShare      the share of the machine's processor time that other processes used meanwhile,
 *                         0 to 1, when the operating system tells (Linux)
 */
public record StartupSample(
        long toHealthyMillis, OptionalLong selfReportedMillis, OptionalLong cpuMillis, OptionalDouble othersShare) {

    /** What the start cost before {@code Simulator.start} ran: JVM, class loading, logging and CLI set-up, and the poll's grain. */
    public OptionalLong beforeSimulatorMillis() {
        return selfReportedMillis.isPresent()
                ? OptionalLong.of(toHealthyMillis - selfReportedMillis.getAsLong())
                : OptionalLong.empty();
    }
}
