package dev.bsa.archfixture.sim.adapter.out.persistence;

import dev.bsa.archfixture.domain.port.out.SessionStore;
import dev.bsa.archfixture.sim.adapter.out.token.JwtTokenMinter;

/** Breaks the onion: the persistence adapter depends on the token adapter. */
public final class JdbcSessionStore implements SessionStore {

    private final JwtTokenMinter tokens = new JwtTokenMinter();

    @Override
    public boolean contains(String id) {
        return !tokens.mint(id).isEmpty();
    }
}
