package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.testing.contract.SessionRepositoryContract;

/** The {@link SessionRepositoryContract} against {@link InMemorySessionRepository}. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected SessionRepository newRepository() {
        return new InMemorySessionRepository();
    }
}
