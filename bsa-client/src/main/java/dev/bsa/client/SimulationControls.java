package dev.bsa.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The simulator's levers beside its directory (from {@link BsaAdmin#simulation()}): injected faults,
 * settings, the clock, reset, export and import of the whole state, recent sessions. Every method
 * blocks and throws a {@link BsaException} when the simulator refused. Thread-safe.
 */
public final class SimulationControls {

    private static final String ADMIN = "/api/v1/admin";

    private final JsonCalls calls;

    SimulationControls(JsonCalls calls) {
        this.calls = calls;
    }

    /**
     * The failures still queued.
     *
     * @return the counts per step
     */
    public FaultCounts faults() {
        return calls.get(ADMIN + "/faults", FaultCounts.class);
    }

    /**
     * Makes the next {@code count} runs of a step fail (replacing what was queued for it).
     *
     * @param fault the step: channel (5015), push (5017), node verification (5022) or any website call (2001, or
     *     2000 for {@link Fault#CLIENT_KEY})
     * @param count how many, 0 to clear
     * @return the counts per step
     */
    public FaultCounts failNext(Fault fault, int count) {
        return calls.send(
                "PUT",
                ADMIN + "/faults",
                Map.of(
                        fault == Fault.CLIENT_KEY ? "clientKey" : fault.name().toLowerCase(java.util.Locale.ROOT),
                        count),
                FaultCounts.class);
    }

    /**
     * The settings in force.
     *
     * @return the settings
     */
    public SimulatorSettings settings() {
        return calls.get(ADMIN + "/settings", SimulatorSettings.class);
    }

    /**
     * Changes the settings given (null fields stay); out-of-range values change nothing.
     *
     * @param changes the fields to change
     * @return the settings in force after the change
     * @throws BsaException 2002 for an out-of-range value
     */
    public SimulatorSettings changeSettings(SimulatorSettings changes) {
        return calls.send("PUT", ADMIN + "/settings", changes, SimulatorSettings.class);
    }

    /**
     * The simulator's clock.
     *
     * @return its instant and whether it is virtual
     */
    public SimulatorClock clock() {
        return calls.get(ADMIN + "/clock", SimulatorClock.class);
    }

    /**
     * Advances a virtual clock and times out the logins that fall due (5001).
     *
     * @param amount how far
     * @return the new instant and how many logins timed out
     * @throws BsaException 2002 when the simulator runs on the system clock
     */
    public ClockAdvance advanceClock(Duration amount) {
        return calls.post(ADMIN + "/clock/advance", Map.of("millis", amount.toMillis()), ClockAdvance.class);
    }

    /** Wipes the state and loads the simulator's seed again (faults cleared, settings as seeded). */
    public void reset() {
        calls.post(ADMIN + "/reset", null, Map.class);
    }

    /**
     * The whole state as a JSON document.
     *
     * @return the document, for {@link #importState(String)}
     */
    public String exportState() {
        return calls.getText(ADMIN + "/state");
    }

    /**
     * Replaces the whole state by an exported document.
     *
     * @param document what {@link #exportState()} gave
     * @throws BsaException 2002 for a malformed document (and nothing changes)
     */
    public void importState(String document) {
        calls.sendDocument("PUT", ADMIN + "/state", document);
    }

    /**
     * Replaces the whole state by an exported document and signs tokens with the document's key from then on, so
     * that tokens the exporting simulator issued verify here (and this simulator's earlier ones no longer do).
     *
     * @param document what {@link #exportState()} gave
     * @throws BsaException 2002 for a malformed document (and nothing changes)
     */
    public void importStateWithItsSigningKey(String document) {
        calls.sendDocument("PUT", ADMIN + "/state?signingKey=imported", document);
    }

    /**
     * The most recent login sessions, newest first.
     *
     * @param limit how many, 1 to 1000
     * @return the sessions
     */
    public List<SessionSummary> recentSessions(int limit) {
        return calls.getList(ADMIN + "/sessions?limit=" + limit, SessionSummary.class);
    }
}
