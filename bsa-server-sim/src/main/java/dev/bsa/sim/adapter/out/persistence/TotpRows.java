package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.TotpAttemptRow;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.TotpLastStepRow;

/** The checks a row of the TOTP tables passes before an import writes it. */
final class TotpRows {

    private TotpRows() {}

    static TotpAttemptRow check(TotpAttemptRow row) {
        if (row.getAttempts() < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        return Rows.complete(
                new TotpAttemptRow(new UserKey(row.getUserKey()).value(), row.getAttemptDay(), row.getAttempts()));
    }

    static TotpLastStepRow check(TotpLastStepRow row) {
        return Rows.complete(new TotpLastStepRow(new UserKey(row.getUserKey()).value(), row.getStepStartAt()));
    }
}
