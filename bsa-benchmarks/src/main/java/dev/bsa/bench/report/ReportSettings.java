package dev.bsa.bench.report;

import java.time.Duration;
import java.util.List;

/**
 * How long and how often the report measures: the full run (what the README's figures come from, some
 * fifteen minutes on two processors) or the quick one (seconds per section; it proves the command works and
 * its figures mean nothing).
 *
 * @param startRounds      rounds of cold starts, each the simulator's jar then the bare jar
 * @param rssRounds        how many of those rounds also read the idle memory (after {@code idleSettle})
 * @param idleSettle       how long a started server idles before its memory is read
 * @param seedSizes        users in the seed files whose loading is timed
 * @param seedRounds       starts per seed size, interleaved with the start rounds
 * @param embeddedWarmup   warm-up cycles (start + stop) of each embedded server before measuring
 * @param embeddedRuns     measured cycles of each, interleaved
 * @param loadUsers        users of the load seed (the simulator under load is started with it)
 * @param manualUsers      of those, the ones whose phone the generator plays
 * @param workers          concurrent clients of every load flow but the approval-latency one
 * @param latencyWorkers   concurrent clients of the approval-latency flow (P4 latency)
 * @param productWarmup    unmeasured load on each simulator flow before measuring
 * @param bareWarmup       the same for each bare flow
 * @param window           one measured window of one flow
 * @param loadRounds       rounds of windows, every flow once per round
 * @param jmhRounds        rounds of JMH runs, the product's benchmark then the baseline's
 * @param jmhForks         JMH forks per run (0: in the report's own JVM, quick mode only)
 * @param jmhWarmup        JMH warm-up iterations
 * @param jmhIterations    JMH measured iterations
 * @param jmhIterationTime one JMH iteration
 * @param callTimeout      one HTTP call or one push login's wait for its result
 */
public record ReportSettings(
        int startRounds,
        int rssRounds,
        Duration idleSettle,
        List<Integer> seedSizes,
        int seedRounds,
        int embeddedWarmup,
        int embeddedRuns,
        int loadUsers,
        int manualUsers,
        int workers,
        int latencyWorkers,
        Duration productWarmup,
        Duration bareWarmup,
        Duration window,
        int loadRounds,
        int jmhRounds,
        int jmhForks,
        int jmhWarmup,
        int jmhIterations,
        Duration jmhIterationTime,
        Duration callTimeout) {

    /** The full run. */
    public static ReportSettings full(int workers) {
        return new ReportSettings(
                10,
                4,
                Duration.ofSeconds(5),
                List.of(10_000, 40_000),
                2,
                15,
                15,
                10_000,
                1_000,
                workers,
                Math.min(4, workers),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                3,
                3,
                1,
                5,
                5,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    /** The quick run, for the build's functional test: every section once, briefly. */
    public static ReportSettings quick(int workers) {
        return new ReportSettings(
                1,
                1,
                Duration.ofSeconds(1),
                List.of(200, 800),
                1,
                1,
                1,
                400,
                64,
                workers,
                Math.min(4, workers),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1,
                1,
                0,
                0,
                1,
                Duration.ofMillis(100),
                Duration.ofSeconds(30));
    }
}
