package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.domain.testing.contract.LinkRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link LinkRepositoryContract} against {@link JooqLinkRepository} on a fresh H2 database in memory. */
class JooqLinkRepositoryTest extends LinkRepositoryContract {

    private Database database;

    @Override
    protected LinkRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqLinkRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
