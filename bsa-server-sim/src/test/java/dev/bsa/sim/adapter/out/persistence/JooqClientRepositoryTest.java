package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.domain.testing.contract.ClientRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link ClientRepositoryContract} against {@link JooqClientRepository} on a fresh H2 database in memory. */
class JooqClientRepositoryTest extends ClientRepositoryContract {

    private Database database;

    @Override
    protected ClientRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqClientRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
