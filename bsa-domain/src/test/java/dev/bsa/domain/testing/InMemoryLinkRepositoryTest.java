package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.domain.testing.contract.LinkRepositoryContract;

/** The {@link LinkRepositoryContract} against {@link InMemoryLinkRepository}. */
class InMemoryLinkRepositoryTest extends LinkRepositoryContract {

    @Override
    protected LinkRepository newRepository() {
        return new InMemoryLinkRepository();
    }
}
