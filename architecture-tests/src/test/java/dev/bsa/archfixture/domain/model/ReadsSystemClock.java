package dev.bsa.archfixture.domain.model;

import java.time.Instant;

/** Breaks "the domain never reads the system clock": calls {@code Instant.now()}. */
public final class ReadsSystemClock {

    public Instant deadline() {
        return Instant.now().plusSeconds(60);
    }
}
