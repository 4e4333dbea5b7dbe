package dev.bsa.sim.adapter.out.persistence;

import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.testing.contract.AppOtpCodeRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link AppOtpCodeRepositoryContract} against {@link JooqAppOtpCodeRepository} on a fresh H2 database in memory. */
class JooqAppOtpCodeRepositoryTest extends AppOtpCodeRepositoryContract {

    private Database database;

    @Override
    protected AppOtpCodeRepository newRepository() {
        database = TestDatabases.freshInMemory();
        return new JooqAppOtpCodeRepository(database.dsl());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
