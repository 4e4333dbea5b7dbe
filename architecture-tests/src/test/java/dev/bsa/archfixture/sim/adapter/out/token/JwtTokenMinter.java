package dev.bsa.archfixture.sim.adapter.out.token;

/** The token adapter, which the persistence adapter must not depend on. */
public final class JwtTokenMinter {

    public String mint(String subject) {
        return "token-for-" + subject;
    }
}
