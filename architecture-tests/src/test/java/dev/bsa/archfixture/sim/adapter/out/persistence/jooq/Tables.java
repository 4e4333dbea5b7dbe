package dev.bsa.archfixture.sim.adapter.out.persistence.jooq;

import dev.bsa.archfixture.sim.adapter.out.persistence.jooq.tables.SessionTable;

/** Stands for jOOQ's generated code, whose packages refer to each other by design. */
public final class Tables {

    public static final SessionTable SESSION = new SessionTable();

    private Tables() {}
}
