package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.SIGNING_KEY;

import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.SigningKeyRow;
import dev.bsa.sim.application.port.out.SigningKeyStore;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** The token-signing key as the single row of table {@code SIGNING_KEY}. */
public final class JooqSigningKeyStore implements SigningKeyStore {

    /** The primary key of the one row. */
    static final int ROW_ID = 1;

    private final DSLContext dsl;

    public JooqSigningKeyStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<String> load() {
        return dsl.select(SIGNING_KEY.JWK_JSON)
                .from(SIGNING_KEY)
                .where(SIGNING_KEY.KEY_SLOT.eq(ROW_ID))
                .fetchOptional(SIGNING_KEY.JWK_JSON);
    }

    @Override
    public void save(String privateJwkJson) {
        SigningKeyRow row = toRow(privateJwkJson);
        dsl.insertInto(SIGNING_KEY).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public String saveIfAbsent(String privateJwkJson) {
        try {
            dsl.insertInto(SIGNING_KEY)
                    .set(toRow(privateJwkJson))
                    .onDuplicateKeyIgnore()
                    .execute();
        } catch (IntegrityConstraintViolationException storedMeanwhile) {
            // H2 runs the insert-if-absent as a MERGE: when another simulator's insert of the row commits while this
            // one waits for its lock, H2 reports the duplicate instead of ignoring it. Either way the row is there.
        }
        return load().orElseThrow(() -> new IllegalStateException("the signing key row vanished after its insert"));
    }

    static SigningKeyRow toRow(String privateJwkJson) {
        return Rows.complete(new SigningKeyRow(ROW_ID, Objects.requireNonNull(privateJwkJson, "privateJwkJson")));
    }

    static SigningKeyRow check(SigningKeyRow row) {
        if (row.getKeySlot() != ROW_ID || row.getJwkJson() == null) {
            throw new IllegalArgumentException("the signing key row must have slot " + ROW_ID + " and a JWK");
        }
        return toRow(row.getJwkJson());
    }
}
