package dev.bsa.sim.control;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the simulator's live event stream (the admin console's log).
 *
 * @param id   increasing number, unique per simulator run
 * @param at   when it happened, by the simulator's clock
 * @param type what kind of event: {@code status}, {@code push}, {@code admin}, {@code clock}, {@code fault}
 * @param data the event's details, JSON-friendly values only
 */
public record SimEvent(long id, Instant at, String type, Map<String, Object> data) {

    public SimEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        data = Map.copyOf(data);
    }
}
