package dev.bsa.archfixture.domain.model;

import dev.bsa.archfixture.domain.port.out.SessionStore;

/** Breaks the onion: a domain model reaches outwards to a driven port. */
public final class KnowsItsStore {

    private final SessionStore store;

    public KnowsItsStore(SessionStore store) {
        this.store = store;
    }

    public boolean isKnown(String id) {
        return store.contains(id);
    }
}
