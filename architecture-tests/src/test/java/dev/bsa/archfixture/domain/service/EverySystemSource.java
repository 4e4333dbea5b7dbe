package dev.bsa.archfixture.domain.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Breaks "the domain never reads the system clock or creates its own randomness" in every listed way. */
public final class EverySystemSource {

    public Object[] all() {
        return new Object[] {
            Instant.now(),
            LocalDate.now(),
            LocalDateTime.now(),
            ZonedDateTime.now(),
            OffsetDateTime.now(),
            LocalTime.now(ZoneOffset.UTC),
            Clock.systemUTC(),
            Clock.systemDefaultZone(),
            System.currentTimeMillis(),
            System.nanoTime(),
            Math.random(),
            UUID.randomUUID(),
            ThreadLocalRandom.current(),
            new Random(42),
            new SecureRandom(),
        };
    }

    /** A method reference reads the clock as surely as a call does. */
    public Supplier<Instant> nowSupplier() {
        return Instant::now;
    }
}
