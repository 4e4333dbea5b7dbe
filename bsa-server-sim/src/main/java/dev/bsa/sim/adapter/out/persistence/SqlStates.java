package dev.bsa.sim.adapter.out.persistence;

import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/** Reads the portable SQLSTATE class of a failed statement, the same on H2 and PostgreSQL. */
final class SqlStates {

    private SqlStates() {}

    /** True when a constraint (primary key, unique index, check, not null) refused the write: SQLSTATE 23xxx. */
    static boolean isIntegrityViolation(DataAccessException e) {
        return e.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION;
    }

    /** True when a value did not fit its column (too long, out of range): SQLSTATE 22xxx. */
    static boolean isDataException(DataAccessException e) {
        return e.sqlStateClass() == SQLStateClass.C22_DATA_EXCEPTION;
    }
}
