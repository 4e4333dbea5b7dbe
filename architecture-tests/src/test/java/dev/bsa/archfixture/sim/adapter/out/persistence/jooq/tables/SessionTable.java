package dev.bsa.archfixture.sim.adapter.out.persistence.jooq.tables;

import dev.bsa.archfixture.sim.adapter.out.persistence.jooq.Tables;

/** Stands for a jOOQ-generated table, which refers back to the generated {@link Tables}. */
public final class SessionTable {

    public boolean isTheSessionTable() {
        return this == Tables.SESSION;
    }
}
