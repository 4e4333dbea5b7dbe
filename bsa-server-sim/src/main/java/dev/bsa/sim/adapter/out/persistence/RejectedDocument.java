package dev.bsa.sim.adapter.out.persistence;

/** Why a state document cannot be imported; caught by {@link JooqStateArchive} and returned as a 2002 rejection. */
final class RejectedDocument extends RuntimeException {

    RejectedDocument(String detail) {
        super(detail, null, false, false);
    }
}
