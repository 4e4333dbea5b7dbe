package dev.bsa.sim.adapter.out.persistence.conversion;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/**
 * Stores instants as BIGINT microseconds since the epoch, the same on H2 and PostgreSQL; an instant
 * keeps its microseconds exactly and loses only nanoseconds below them (rounded toward the past).
 * The jOOQ code generator attaches it to every {@code *_AT} column. (It lives in a package of its own
 * so that the generated code, which refers to it, and the adapter, which refers to the generated
 * code, do not form a package cycle.)
 */
public final class EpochMicrosConverter extends AbstractConverter<Long, Instant> {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long NANOS_PER_MICRO = 1_000L;

    public EpochMicrosConverter() {
        super(Long.class, Instant.class);
    }

    @Override
    public Instant from(Long micros) {
        return micros == null ? null : toInstant(micros);
    }

    @Override
    public Long to(Instant instant) {
        return instant == null ? null : toMicros(instant);
    }

    /** The microseconds since the epoch of {@code instant}, rounded toward the past. */
    public static long toMicros(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / NANOS_PER_MICRO);
    }

    /** The instant {@code micros} microseconds after the epoch. */
    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(
                Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO);
    }
}
