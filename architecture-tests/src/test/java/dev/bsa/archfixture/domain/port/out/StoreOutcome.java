package dev.bsa.archfixture.domain.port.out;

/** Well-behaved: an enum a port speaks in, which the driven-port rule must allow. */
public enum StoreOutcome {
    SAVED,
    STALE
}
