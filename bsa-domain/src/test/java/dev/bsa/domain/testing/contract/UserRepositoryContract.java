package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.out.UserRepository;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link UserRepository} adapter promises; extend it with an empty repository per test. */
public abstract class UserRepositoryContract {

    private static final TotpSecret SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private UserRepository repository;

    /** A new, empty repository. */
    protected abstract UserRepository newRepository();

    @BeforeEach
    void startEmpty() {
        repository = newRepository();
    }

    private static User active(String key) {
        return User.active(new UserKey(key), SECRET);
    }

    @Test
    void givenNothingSaved_find_isEmpty() {
        assertThat(repository.find(new UserKey("alice"))).isEmpty();
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void givenSavedUser_find_returnsItWithStatusDeviceAndSecret() {
        User alice = active("alice");

        repository.save(alice);

        User found = repository.find(new UserKey("alice")).orElseThrow();
        assertThat(found).isEqualTo(alice);
        assertThat(found.totpSecret().orElseThrow().bytes()).isEqualTo(SECRET.bytes());
    }

    @ParameterizedTest
    @EnumSource(UserStatus.class)
    void givenUserInAnyStatus_find_keepsTheStatus(UserStatus status) {
        repository.save(active("alice").withStatus(status));

        assertThat(repository.find(new UserKey("alice")).orElseThrow().status()).isEqualTo(status);
    }

    @Test
    void givenUserWithoutDeviceOrSecret_find_keepsTheirAbsence() {
        User bare = active("bob").withDeviceRegistered(false).withTotpSecret(Optional.empty());

        repository.save(bare);

        assertThat(repository.find(new UserKey("bob"))).contains(bare);
    }

    @Test
    void givenSavedUser_savingSameKey_replacesIt() {
        repository.save(active("alice"));
        User suspended =
                active("alice").withStatus(UserStatus.TEMPORARILY_SUSPENDED).withDeviceRegistered(false);

        repository.save(suspended);

        assertThat(repository.find(new UserKey("alice"))).contains(suspended);
        assertThat(repository.findAll()).containsExactly(suspended);
    }

    @Test
    void givenSavedUser_delete_removesItAndReportsTrue() {
        repository.save(active("alice"));
        repository.save(active("bob"));

        assertThat(repository.delete(new UserKey("alice"))).isTrue();

        assertThat(repository.find(new UserKey("alice"))).isEmpty();
        assertThat(repository.find(new UserKey("bob"))).isPresent();
    }

    @Test
    void givenNoSuchUser_delete_reportsFalse() {
        assertThat(repository.delete(new UserKey("ghost"))).isFalse();
    }

    @Test
    void givenSeveralUsers_findAll_ordersThemByKey() {
        repository.save(active("carol"));
        repository.save(active("alice"));
        repository.save(active("bob"));

        assertThat(repository.findAll())
                .extracting(user -> user.key().value())
                .containsExactly("alice", "bob", "carol");
    }
}
