package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.domain.testing.contract.TotpStateRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link TotpStateRepositoryContract} against {@link JooqTotpStateRepository} on a fresh H2 database in memory. */
class JooqTotpStateRepositoryTest extends TotpStateRepositoryContract {

    private Database database;

    @Override
    protected TotpStateRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqTotpStateRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
