package dev.bsa.archfixture.domain.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Well-behaved: reads "now" from an injected clock, which the clock rule must allow. */
public final class ReadsInjectedClock {

    private final Clock clock;

    public ReadsInjectedClock(Clock clock) {
        this.clock = clock;
    }

    public Instant deadline() {
        return Instant.now(clock).plusSeconds(60);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
