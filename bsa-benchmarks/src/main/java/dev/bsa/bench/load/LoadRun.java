package dev.bsa.bench.load;

import dev.bsa.bench.machine.MachineCpu;
import dev.bsa.client.Bsa;
import dev.bsa.client.BsaAdmin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load run against a simulator: create the website and users, then let the workers log in for the
 * warm-up and the measured window, all through the Java SDK ({@link Bsa} for the website,
 * {@link BsaAdmin} for the control plane) over real HTTP and WebSocket.
 */
public final class LoadRun {

    private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);

    private LoadRun() {}

    /** Runs {@code plan} against {@code target} and reports what was measured. */
    public static LoadReport run(LoadTarget target, LoadPlan plan) throws InterruptedException {
        BsaAdmin admin = BsaAdmin.connect(target.baseUrl(), target.adminToken());
        List<LoadUser> users = Population.enrol(admin, plan);
        LOG.info("Created website {} and {} users on {}", plan.clientKey(), users.size(), target.baseUrl());
        try (Bsa bsa = Bsa.builder(plan.clientKey())
                .baseUrl(target.baseUrl())
                .timeout(plan.loginTimeout())
                .build()) {
            TotpTimeline timeline = plan.flow() == LoadPlan.LoginFlow.TOTP ? TotpTimeline.start(admin) : null;
            LoginRunner runner = timeline == null
                    ? new PushLogins(bsa, plan.loginTimeout())
                    : TotpLogins.throughSdk(bsa, timeline, plan.loginTimeout());
            OptionalLong heapBefore = heapIfEmbedded(target);
            double loadBefore = ProcessGauge.systemLoad();
            ErrorTally errors = new ErrorTally();
            long measureFrom = System.nanoTime() + plan.warmup().toNanos();
            List<LoginWorker> workers = WorkerUsers.deal(users, plan.workers()).stream()
                    .map(share -> new LoginWorker(
                            runner,
                            share,
                            measureFrom,
                            measureFrom + plan.duration().toNanos(),
                            errors))
                    .toList();
            Window window = runAll(workers, plan, measureFrom);
            long lastEnd =
                    workers.stream().mapToLong(LoginWorker::lastEnd).max().orElse(measureFrom);
            LatencySummary latency = LatencyLog.summarize(
                    workers.stream().map(LoginWorker::latencies).toList());
            long allLogins =
                    workers.stream().mapToLong(LoginWorker::allSucceeded).sum();
            return new LoadReport(
                    target.description(),
                    plan,
                    (lastEnd - measureFrom) / 1e9,
                    latency,
                    errors.snapshot(),
                    allLogins,
                    heapBefore,
                    heapIfEmbedded(target),
                    timeline == null ? 0 : timeline.advances(),
                    new LoadReport.Machine(
                            environment(),
                            window.cpuNanos(),
                            window.byThreadGroup(),
                            window.othersShare(),
                            loadBefore,
                            ProcessGauge.systemLoad()));
        }
    }

    /** Runs the workers to their end; returns what this process and others used of the machine while measuring. */
    private static Window runAll(List<LoginWorker> workers, LoadPlan plan, long measureFrom)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int index = 0; index < workers.size(); index++) {
            Thread thread = new Thread(workers.get(index), "bsa-load-worker-" + index);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, measureFrom - System.nanoTime()));
        long cpuAtStart = ProcessGauge.processCpuNanos();
        Optional<MachineCpu.Reading> machineAtStart = MachineCpu.read();
        Map<Long, ThreadCpu.Sample> threadsAtStart = ThreadCpu.now();
        long deadline =
                measureFrom + plan.duration().plus(plan.loginTimeout()).toNanos() + TimeUnit.SECONDS.toNanos(10);
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
        long cpuAtEnd = ProcessGauge.processCpuNanos();
        Optional<MachineCpu.Reading> machineAtEnd = MachineCpu.read();
        Map<String, Long> byThreadGroup = ThreadCpu.usedBetween(threadsAtStart, ThreadCpu.now());
        long cpuNanos = cpuAtStart < 0 || cpuAtEnd < 0 ? -1 : cpuAtEnd - cpuAtStart;
        OptionalDouble others = machineAtStart.isEmpty() || machineAtEnd.isEmpty() || cpuNanos < 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(machineAtStart.get().othersShareUntil(machineAtEnd.get(), cpuNanos / 1_000_000));
        return new Window(cpuNanos, others, byThreadGroup);
    }

    /** What the measured window used: this process's CPU time (-1: unknown), by thread group, and others' share. */
    private record Window(long cpuNanos, OptionalDouble othersShare, Map<String, Long> byThreadGroup) {}

    private static OptionalLong heapIfEmbedded(LoadTarget target) {
        return target.embedded().isPresent() ? OptionalLong.of(ProcessGauge.usedAfterGc()) : OptionalLong.empty();
    }

    private static String environment() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "%d processors, Java %s, max heap %d MiB",
                runtime.availableProcessors(),
                Runtime.version(),
                runtime.maxMemory() / (1024 * 1024));
    }
}
