package dev.bsa.bench.load;

import dev.bsa.client.BsaAdmin;
import dev.bsa.client.ClockAdvance;
import dev.bsa.client.SimulationControls;
import dev.bsa.client.SimulatorClock;
import dev.bsa.client.SimulatorSettings;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The simulator's virtual clock as TOTP logins see it. A user may log in once per time step (the replay
 * rule), so once a worker has used all its users at the current step the clock is moved one step on
 * through the admin API. Logins hold a read lock from computing their code to the answer, and the move
 * takes the write lock, so every code is checked at the step it was computed for. Only this timeline
 * moves the clock, so it always knows the simulator's exact instant. Thread-safe.
 */
final class TotpTimeline {

    /** The highest daily TOTP limit the simulator accepts: the run is not about the limit. */
    static final int DAILY_LIMIT = 1_000_000;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final SimulationControls simulation;
    private final TotpRules rules;
    private final AtomicLong advances = new AtomicLong();
    private volatile Step current;

    private TotpTimeline(SimulationControls simulation, TotpRules rules, Step start) {
        this.simulation = simulation;
        this.rules = rules;
        this.current = start;
    }

    /**
     * The timeline of the simulator {@code admin} controls, after raising its daily TOTP limit.
     *
     * @throws IllegalStateException when the simulator runs on the system clock
     */
    static TotpTimeline start(BsaAdmin admin) {
        SimulationControls simulation = admin.simulation();
        SimulatorClock clock = simulation.clock();
        if (!clock.virtual()) {
            throw new IllegalStateException("TOTP load needs a simulator on a virtual clock (--clock virtual): "
                    + "a step is accepted once per user, so the run moves the clock on itself");
        }
        SimulatorSettings.Totp totp = simulation
                .changeSettings(new SimulatorSettings(
                        null, null, new SimulatorSettings.Totp(null, null, null, null, DAILY_LIMIT, null)))
                .totp();
        TotpRules rules = new TotpRules(
                TotpAlgorithm.valueOf(totp.algorithm()),
                totp.digits(),
                Duration.ofSeconds(totp.stepSeconds()),
                totp.window(),
                totp.dailyLimit(),
                ZoneId.of(totp.dayZone()));
        return new TotpTimeline(simulation, rules, new Step(0, clock.now()));
    }

    /**
     * Runs {@code login} at the current step, the clock standing still until it returns. When it returns
     * null (it found no user who may still log in at that step), moves the clock one step on and runs it again.
     */
    <T> T atFreshStep(Function<Step, T> login) {
        while (true) {
            Step seen;
            T result;
            lock.readLock().lock();
            try {
                seen = current;
                result = login.apply(seen);
            } finally {
                lock.readLock().unlock();
            }
            if (result != null) {
                return result;
            }
            advancePast(seen);
        }
    }

    /** Moves the clock one step on, unless another worker already moved it past {@code seen}. */
    private void advancePast(Step seen) {
        lock.writeLock().lock();
        try {
            if (current.index() == seen.index()) {
                ClockAdvance advanced = simulation.advanceClock(rules.step());
                current = new Step(seen.index() + 1, advanced.now());
                advances.incrementAndGet();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The step the clock stands at now. */
    Step current() {
        return current;
    }

    /** The TOTP rules in force on the simulator. */
    TotpRules rules() {
        return rules;
    }

    /** How many times the clock was moved. */
    long advances() {
        return advances.get();
    }

    /**
     * A time step of the simulator's clock.
     *
     * @param index   steps since the run started
     * @param instant the simulator's instant during it
     */
    record Step(long index, Instant instant) {}
}
