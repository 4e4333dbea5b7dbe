package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.testing.contract.SettingsRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link SettingsRepositoryContract} against {@link JooqSettingsRepository} on a fresh H2 database in memory. */
class JooqSettingsRepositoryTest extends SettingsRepositoryContract {

    private Database database;

    @Override
    protected SettingsRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqSettingsRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
