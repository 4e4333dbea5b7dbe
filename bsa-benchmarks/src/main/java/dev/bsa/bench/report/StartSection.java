package dev.bsa.bench.report;

import dev.bsa.bench.load.LoadSeed;
import dev.bsa.bench.machine.MachineSpan;
import dev.bsa.bench.machine.ProcessMemory;
import dev.bsa.bench.startup.SimulatorProcess;
import dev.bsa.bench.startup.StartupSample;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Cold starts, interleaved: {@code java -jar} of the simulator (demo seed) and of the bare Javalin app until
 * {@code /health} answers 200 (P1a), their resident memory after idling (idle RSS), and starts of the simulator
 * with seed files of many users (seed loading). One JVM each, no options of their own.
 */
final class StartSection {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SEEDED_START_TIMEOUT = Duration.ofMinutes(10);
    private static final double SEED_USERS_PER_SECOND_TARGET = 5_000;

    private final Jars jars;
    private final ReportSettings settings;
    private final Path workDir;
    private final PrintWriter out;

    StartSection(Jars jars, ReportSettings settings, Path workDir, PrintWriter out) {
        this.jars = jars;
        this.settings = settings;
        this.workDir = workDir;
        this.out = out;
    }

    void run(ReportTable table) throws IOException, InterruptedException {
        Map<Integer, SimulatorProcess> seeded = new LinkedHashMap<>();
        for (int users : settings.seedSizes()) {
            Path file = workDir.resolve("seed-" + users + ".json");
            LoadSeed.write(file, users, users / 10);
            seeded.put(users, jars.simulator(SEEDED_START_TIMEOUT, "--seed", file.toString()));
        }
        SimulatorProcess simulator = jars.simulator(START_TIMEOUT);
        SimulatorProcess bare = jars.bare(START_TIMEOUT);
        Starts simStarts = new Starts();
        Starts bareStarts = new Starts();
        Map<Integer, Starts> seededStarts = new LinkedHashMap<>();
        seeded.keySet().forEach(users -> seededStarts.put(users, new Starts()));
        MachineSpan span = MachineSpan.busyOnly();
        for (int round = 0; round < settings.startRounds(); round++) {
            boolean readRss = round < settings.rssRounds();
            if (round % 2 == 0) {
                simStarts.time(simulator, readRss);
                bareStarts.time(bare, readRss);
            } else {
                bareStarts.time(bare, readRss);
                simStarts.time(simulator, readRss);
            }
            if (round < settings.seedRounds()) {
                for (Map.Entry<Integer, SimulatorProcess> entry : seeded.entrySet()) {
                    seededStarts.get(entry.getKey()).timeOrGiveUp(entry.getValue());
                    out.printf(
                            Locale.ROOT,
                            "seed %,d users: %d ms%n",
                            entry.getKey(),
                            seededStarts.get(entry.getKey()).last());
                }
            }
            out.printf(
                    Locale.ROOT,
                    "start round %d: simulator %d ms, bare %d ms%n",
                    round + 1,
                    simStarts.last(),
                    bareStarts.last());
            out.flush();
        }
        MachineSpan.Load load = span.end();
        table.add(coldStart(simStarts, bareStarts, load));
        table.add(idleMemory(simStarts, bareStarts, load));
        seededStarts.forEach((users, starts) -> table.add(seedLoad(users, starts, simStarts, load)));
    }

    private Figure coldStart(Starts sim, Starts bare, MachineSpan.Load load) {
        String detail = String.format(
                Locale.ROOT,
                "java -jar to the first 200 of /health, one JVM each, %d interleaved starts "
                        + "each: simulator (demo seed) median ms %s, bare Javalin %s; the simulator's own Simulator.start %s ms; CPU "
                        + "until healthy: simulator %s ms, bare %s ms; other processes used %s of the machine (median)",
                sim.millis.size(),
                Stats.spread(sim.millis),
                Stats.spread(bare.millis),
                Stats.spread(sim.selfReported),
                Stats.spread(sim.cpu),
                Stats.spread(bare.cpu),
                percent(Stats.median(sim.others)));
        return new Figure(
                "P1a",
                "cold start, java -jar → first 200 on /health",
                "ms",
                Stats.median(sim.millis),
                OptionalDouble.of(Stats.median(bare.millis)),
                Target.ratioAtMost(1.3),
                load,
                detail);
    }

    private Figure idleMemory(Starts sim, Starts bare, MachineSpan.Load load) {
        String detail = String.format(
                Locale.ROOT,
                "VmRSS %d s after /health first answered, default heap settings, MiB: "
                        + "simulator %s, bare Javalin %s",
                settings.idleSettle().toSeconds(),
                Stats.spread(sim.rssMib),
                Stats.spread(bare.rssMib));
        return new Figure(
                "RSS",
                "idle resident memory after start",
                "MiB",
                Stats.median(sim.rssMib),
                OptionalDouble.of(Stats.median(bare.rssMib)),
                Target.ratioAtMost(1.3),
                load,
                detail);
    }

    private Figure seedLoad(int users, Starts seeded, Starts plain, MachineSpan.Load load) {
        if (seeded.millis.isEmpty()) {
            return new Figure(
                    String.format(Locale.ROOT, "seed %,d", users),
                    String.format(Locale.ROOT, "load a seed file of %,d users", users),
                    "s",
                    SEEDED_START_TIMEOUT.toSeconds(),
                    OptionalDouble.empty(),
                    Target.valueAtMost(users / SEED_USERS_PER_SECOND_TARGET),
                    load,
                    String.format(
                            Locale.ROOT,
                            "java -jar --seed FILE (%,d users) did not answer /health within %d s in %d start(s); the figure is that "
                                    + "lower bound",
                            users,
                            SEEDED_START_TIMEOUT.toSeconds(),
                            seeded.gaveUp));
        }
        double seconds = (Stats.median(seeded.millis) - Stats.median(plain.millis)) / 1000;
        double ownSeconds = (Stats.median(seeded.selfReported) - Stats.median(plain.selfReported)) / 1000;
        String detail = String.format(
                Locale.ROOT,
                "java -jar --seed FILE (%,d users, each with a phone, a device token, "
                        + "a TOTP secret and a link) to /health: median ms %s, minus the same start with the demo seed; by the "
                        + "simulator's own Simulator.start log the seed adds %.2f s%s",
                users,
                Stats.spread(seeded.millis),
                ownSeconds,
                seeded.gaveUp == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; %d more start(s) did not answer within %d s and are " + "not counted",
                                seeded.gaveUp,
                                SEEDED_START_TIMEOUT.toSeconds()));
        return new Figure(
                String.format(Locale.ROOT, "seed %,d", users),
                "load a seed file of " + String.format(Locale.ROOT, "%,d", users) + " users",
                "s",
                seconds,
                OptionalDouble.empty(),
                Target.valueAtMost(users / SEED_USERS_PER_SECOND_TARGET),
                load,
                detail);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "an unknown share" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** The starts of one jar. */
    private final class Starts {

        private final List<Long> millis = new ArrayList<>();
        private final List<Long> selfReported = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();
        private final List<Double> others = new ArrayList<>();
        private final List<Double> rssMib = new ArrayList<>();
        private int gaveUp;

        /** Times a start; one that is not healthy within its time-out is counted as given up, not as a failure. */
        void timeOrGiveUp(SimulatorProcess process) throws IOException, InterruptedException {
            try {
                time(process, false);
            } catch (IllegalStateException tooSlow) {
                gaveUp++;
                out.printf(
                        Locale.ROOT,
                        "a start gave up: %s%n",
                        tooSlow.getMessage().lines().findFirst().orElse(""));
            }
        }

        void time(SimulatorProcess process, boolean readRss) throws IOException, InterruptedException {
            try (SimulatorProcess.Running running = process.start()) {
                StartupSample sample = running.sample();
                millis.add(sample.toHealthyMillis());
                sample.selfReportedMillis().ifPresent(selfReported::add);
                sample.cpuMillis().ifPresent(cpu::add);
                sample.othersShare().ifPresent(others::add);
                if (readRss) {
                    Thread.sleep(settings.idleSettle().toMillis());
                    OptionalLong rss =
                            ProcessMemory.residentKib(running.handle().pid());
                    rss.ifPresent(kib -> rssMib.add(kib / 1024.0));
                }
            }
        }

        long last() {
            return millis.isEmpty() ? -1 : millis.get(millis.size() - 1);
        }
    }
}
