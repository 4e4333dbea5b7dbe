package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.domain.testing.contract.ClientRepositoryContract;

/** The {@link ClientRepositoryContract} against {@link InMemoryClientRepository}. */
class InMemoryClientRepositoryTest extends ClientRepositoryContract {

    @Override
    protected ClientRepository newRepository() {
        return new InMemoryClientRepository();
    }
}
