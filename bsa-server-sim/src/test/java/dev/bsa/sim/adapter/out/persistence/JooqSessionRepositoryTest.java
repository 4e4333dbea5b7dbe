package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.testing.contract.SessionRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link SessionRepositoryContract} against {@link JooqSessionRepository} on a fresh H2 database in memory. */
class JooqSessionRepositoryTest extends SessionRepositoryContract {

    private Database database;

    @Override
    protected SessionRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqSessionRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
