package dev.bsa.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.client.Bsa;
import dev.bsa.client.UserAccount;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code builder().seed(file)}: the simulator starts with the file's websites and users, and resets to them. */
class BuilderSeedFileTest {

    @RegisterExtension
    static final BsaSimulatorExtension simulator = BsaSimulatorExtension.builder()
            .seed(Path.of("src", "test", "resources", "one-user-seed.yaml"))
            .build();

    @Test
    void theSeedFilesUser_logsInAtTheSeedFilesWebsite(SimulatorHandle handle) throws Exception {
        assertThat(handle.admin().users()).extracting(UserAccount::userKey).containsExactly("zoe");

        try (Bsa bsa = Bsa.builder("shop-client-key").baseUrl(handle.baseUrl()).build()) {
            assertThat(bsa.futures().requestAuth("zoe").get().accessToken()).isNotBlank();
        }
    }
}
