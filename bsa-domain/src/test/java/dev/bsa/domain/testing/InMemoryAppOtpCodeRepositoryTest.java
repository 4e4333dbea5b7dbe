package dev.bsa.domain.testing;

import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.testing.contract.AppOtpCodeRepositoryContract;

/** The {@link AppOtpCodeRepositoryContract} against {@link InMemoryAppOtpCodeRepository}. */
class InMemoryAppOtpCodeRepositoryTest extends AppOtpCodeRepositoryContract {

    @Override
    protected AppOtpCodeRepository newRepository() {
        return new InMemoryAppOtpCodeRepository();
    }
}
