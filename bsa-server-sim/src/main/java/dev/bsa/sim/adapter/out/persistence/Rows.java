package dev.bsa.sim.adapter.out.persistence;

import org.jooq.Record;

/** Small facts about jOOQ records that every adapter relies on. */
final class Rows {

    private Rows() {}

    /**
     * The row with every column marked as changed, so that an insert or an update writes all of
     * them, NULLs included (a generated record's constructor leaves its NULL columns unmarked).
     */
    static <R extends Record> R complete(R row) {
        row.changed(true);
        return row;
    }
}
