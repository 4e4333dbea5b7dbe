package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.domain.testing.contract.UserRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link UserRepositoryContract} against {@link JooqUserRepository} on a fresh H2 database in memory. */
class JooqUserRepositoryTest extends UserRepositoryContract {

    private Database database;

    @Override
    protected UserRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqUserRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
