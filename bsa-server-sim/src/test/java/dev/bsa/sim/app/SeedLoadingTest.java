package dev.bsa.sim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.in.support.ApiClient;
import dev.bsa.sim.adapter.in.support.ApiResponse;
import dev.bsa.sim.app.SimulatorConfig.SeedSource;
import dev.bsa.sim.application.model.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a seed comes from, and what a bad one does to a simulator's start: nothing but a clear refusal. */
class SeedLoadingTest {

    private static final String ADMIN = "seed-admin-token";

    @TempDir
    Path directory;

    @Test
    void noSeed_isAnEmptySeed() {
        assertThat(SeedLoading.load(SeedSource.none())).isEqualTo(Seed.empty());
    }

    @Test
    void aJsonFileAndAYamlFile_areBothRead() throws IOException {
        Path json = Files.writeString(directory.resolve("seed.json"), "{\"users\": [{\"key\": \"uma\"}]}");
        Path yaml = Files.writeString(directory.resolve("seed.yml"), "users:\n  - key: uma\n");

        assertThat(SeedLoading.load(SeedSource.file(json))).isEqualTo(SeedLoading.load(SeedSource.file(yaml)));
        assertThat(SeedLoading.load(SeedSource.file(json)).users())
                .extracting(Seed.SeedUser::key)
                .containsExactly(new UserKey("uma"));
    }

    @Test
    void aMissingSeedFile_isRefused_sayingSo() {
        Path missing = directory.resolve("nowhere.yaml");

        assertThatThrownBy(() -> SeedLoading.load(SeedSource.file(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the seed file " + missing + " does not exist");
    }

    @Test
    void aDirectoryGivenAsTheSeedFile_isRefused_sayingSo() {
        assertThatThrownBy(() -> SeedLoading.load(SeedSource.file(directory)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the seed file " + directory + " is a directory");
    }

    @Test
    void aBadSeedFile_isRefusedBeforeTheDatabaseIsTouched_soTheNextStartWithAGoodOneLoadsIt() throws IOException {
        Path seed = Files.writeString(directory.resolve("seed.yaml"), """
                clients: [{key: shop, loginTypes: [PUSH]}]
                users:
                  - {key: uma, links: [shop]}
                  - {key: vic, links: [elsewhere]}
                """);
        String database = "jdbc:h2:file:" + directory.resolve("bsa");

        assertThatThrownBy(() -> Simulator.start(config(database, seed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(seed + ": users[1].links[0]: client elsewhere is not defined under clients");
        Files.writeString(seed, "clients: [{key: shop, loginTypes: [PUSH]}]\nusers: [{key: uma, links: [shop]}]\n");

        try (Simulator simulator = Simulator.start(config(database, seed))) {
            ApiResponse users = new ApiClient(simulator.baseUrl())
                    .get("/api/v1/admin/users")
                    .admin(ADMIN)
                    .send();
            assertThat(users.data())
                    .extracting(user -> user.path("userKey").asText())
                    .containsExactly("uma");
        }
    }

    @Test
    void aMissingSeedFile_failsTheStart_withoutCreatingTheDatabase() {
        Path missing = directory.resolve("missing.yaml");

        assertThatThrownBy(() -> Simulator.start(config("jdbc:h2:file:" + directory.resolve("bsa"), missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
        assertThat(directory.resolve("bsa.mv.db")).doesNotExist();
    }

    private static SimulatorConfig config(String database, Path seed) {
        return SimulatorConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withJdbcUrl(database)
                .withSeed(SeedSource.file(seed))
                .withVirtualClock(Instant.parse("2026-03-02T09:00:00Z"))
                .withAdminToken(ADMIN);
    }
}
