package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.domain.testing.contract.UserRepositoryContract;

/** The {@link UserRepositoryContract} against {@link InMemoryUserRepository}. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected UserRepository newRepository() {
        return new InMemoryUserRepository();
    }
}
