package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.domain.testing.contract.TotpStateRepositoryContract;

/** The {@link TotpStateRepositoryContract} against {@link InMemoryTotpStateRepository}. */
class InMemoryTotpStateRepositoryTest extends TotpStateRepositoryContract {

    @Override
    protected TotpStateRepository newRepository() {
        return new InMemoryTotpStateRepository();
    }
}
