package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqSigningKeyStoreTest {

    private final Database database = TestDatabases.freshInMemory();
    private final JooqSigningKeyStore store = new JooqSigningKeyStore(database.dsl());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void givenNothingSaved_load_isEmpty() {
        assertThat(store.load()).isEmpty();
    }

    @Test
    void givenSavedKey_load_returnsItVerbatim() {
        String jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\",\"d\":\"" + "x".repeat(2000) + "\"}";

        store.save(jwk);

        assertThat(store.load()).contains(jwk);
    }

    @Test
    void givenSavedKey_savingAnother_replacesIt() {
        store.save("{\"kid\":\"old\"}");

        store.save("{\"kid\":\"new\"}");

        assertThat(store.load()).contains("{\"kid\":\"new\"}");
        assertThat(database.dsl().fetchCount(dev.bsa.sim.adapter.out.persistence.jooq.Tables.SIGNING_KEY))
                .isEqualTo(1);
    }
}
