package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.SIGNING_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.testing.Concurrently;
import dev.bsa.sim.adapter.out.random.SecureRandomKeySource;
import dev.bsa.sim.adapter.out.token.NimbusTokenAuthority;
import dev.bsa.sim.application.port.out.SigningKeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two simulators starting together on one new database both find no signing key and both make one: the store keeps
 * one of them, and both simulators sign with that one, so that every token either issued verifies after a restart.
 * The race is made certain: each simulator's write of its key waits until the other's is about to happen too.
 */
class SigningKeyRaceTest {

    @Test
    void givenNewH2Database_twoSimulatorsMakingTheirKeyAtOnce_bothSignWithTheOneStored() {
        try (Database database = TestDatabases.freshInMemory()) {
            assertBothSignWithTheStoredKey(database);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "BSA_TEST_POSTGRES_URL", matches = ".+")
    void givenNewPostgresqlDatabase_twoSimulatorsMakingTheirKeyAtOnce_bothSignWithTheOneStored() {
        try (Database database = Database.open(System.getenv("BSA_TEST_POSTGRES_URL"))) {
            database.dsl().deleteFrom(SIGNING_KEY).execute();
            assertBothSignWithTheStoredKey(database);
        }
    }

    private static void assertBothSignWithTheStoredKey(Database database) {
        CyclicBarrier bothWriting = new CyclicBarrier(2);

        List<String> published = Concurrently.run(
                2,
                simulator -> authority(
                                new WritingTogether(new JooqSigningKeyStore(database.dsl()), bothWriting), database)
                        .jwksJson());

        String afterRestart =
                authority(new JooqSigningKeyStore(database.dsl()), database).jwksJson();
        assertThat(published)
                .as("the key each simulator signs with is the stored one")
                .containsOnly(afterRestart);
        assertThat(database.dsl().fetchCount(SIGNING_KEY)).isEqualTo(1);
    }

    private static NimbusTokenAuthority authority(SigningKeyStore keys, Database database) {
        return new NimbusTokenAuthority(
                keys, new JooqRefreshTokenStore(database.dsl()), new SecureRandomKeySource(), "bsa-simulator");
    }

    /** A store whose writes each wait until the other simulator writes too: both have looked and found nothing. */
    private record WritingTogether(SigningKeyStore store, CyclicBarrier bothWriting) implements SigningKeyStore {

        @Override
        public Optional<String> load() {
            return store.load();
        }

        @Override
        public void save(String privateJwkJson) {
            awaitTheOther();
            store.save(privateJwkJson);
        }

        @Override
        public String saveIfAbsent(String privateJwkJson) {
            awaitTheOther();
            return store.saveIfAbsent(privateJwkJson);
        }

        private void awaitTheOther() {
            try {
                bothWriting.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other simulator never wrote its key", e);
            }
        }
    }
}
