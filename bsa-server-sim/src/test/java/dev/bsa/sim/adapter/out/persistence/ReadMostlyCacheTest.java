package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.domain.testing.InMemoryUserRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The read cache answers repeated lookups from memory and never keeps a row older than the last write. */
class ReadMostlyCacheTest {

    private static final UserKey ALICE = new UserKey("alice");
    private static final User ACTIVE_ALICE = User.active(ALICE, TotpSecret.of(new byte[20]));

    private final ReadMostlyCache cache = new ReadMostlyCache();
    private final CountingUsers stored = new CountingUsers();
    private final UserRepository users = cache.users(stored);

    @Test
    void aSecondLookup_isAnsweredFromMemory() {
        stored.save(ACTIVE_ALICE);

        assertThat(users.find(ALICE)).contains(ACTIVE_ALICE);
        assertThat(users.find(ALICE)).contains(ACTIVE_ALICE);

        assertThat(stored.finds.get()).isEqualTo(1);
    }

    @Test
    void aWriteThroughTheCache_isSeenByTheNextLookup() {
        stored.save(ACTIVE_ALICE);
        users.find(ALICE);

        users.save(ACTIVE_ALICE.withStatus(UserStatus.TEMPORARILY_SUSPENDED));

        assertThat(users.find(ALICE).map(User::status)).contains(UserStatus.TEMPORARILY_SUSPENDED);
    }

    @Test
    void anUnknownKey_isNotRemembered_soAUserCreatedLaterIsFound() {
        assertThat(users.find(ALICE)).isEmpty();

        stored.save(ACTIVE_ALICE); // as an import or another path would, behind the cache's back

        assertThat(users.find(ALICE)).contains(ACTIVE_ALICE);
    }

    @Test
    void anImportResetOrSeed_emptiesTheCache() {
        stored.save(ACTIVE_ALICE);
        users.find(ALICE);
        stored.save(ACTIVE_ALICE.withStatus(UserStatus.WITHDRAWN)); // the archive writes the tables itself

        cache.invalidate();

        assertThat(users.find(ALICE).map(User::status)).contains(UserStatus.WITHDRAWN);
    }

    @Test
    void aLookupThatReadTheOldRowBeforeAWriteFinished_isNotKept() throws Exception {
        stored.save(ACTIVE_ALICE);
        CountDownLatch oldRowRead = new CountDownLatch(1);
        CountDownLatch writeDone = new CountDownLatch(1);
        stored.onFind = () -> {
            oldRowRead.countDown();
            await(writeDone);
        };
        CompletableFuture<Optional<User>> slowLookup = CompletableFuture.supplyAsync(() -> users.find(ALICE));
        assertThat(oldRowRead.await(60, TimeUnit.SECONDS)).isTrue();

        stored.onFind = () -> {};
        users.save(ACTIVE_ALICE.withStatus(UserStatus.TEMPORARILY_SUSPENDED));
        writeDone.countDown();

        assertThat(slowLookup.get(60, TimeUnit.SECONDS).map(User::status)).contains(UserStatus.ACTIVE);
        assertThat(users.find(ALICE).map(User::status))
                .as("the old row the slow lookup read was not kept")
                .contains(UserStatus.TEMPORARILY_SUSPENDED);
    }

    @Test
    void onlyAnEmbeddedDatabaseThatNoOtherProcessOpens_isCached() {
        assertThat(Database.soleWriter("jdbc:h2:mem:bsa-1;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(Database.soleWriter("jdbc:h2:file:./data/bsa")).isTrue();
        assertThat(Database.soleWriter("jdbc:h2:file:./data/bsa;AUTO_SERVER=TRUE"))
                .isFalse();
        assertThat(Database.soleWriter("jdbc:h2:tcp://localhost/./data/bsa")).isFalse();
        assertThat(Database.soleWriter("jdbc:postgresql://localhost/bsa")).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The test kit's repository, counting lookups, with a hook that runs after a lookup read its row. */
    private static final class CountingUsers implements UserRepository {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final AtomicInteger finds = new AtomicInteger();
        private volatile Runnable onFind = () -> {};

        @Override
        public Optional<User> find(UserKey key) {
            finds.incrementAndGet();
            Optional<User> row = users.find(key);
            onFind.run();
            return row;
        }

        @Override
        public void save(User user) {
            users.save(user);
        }

        @Override
        public boolean delete(UserKey key) {
            return users.delete(key);
        }

        @Override
        public List<User> findAll() {
            return users.findAll();
        }
    }
}
