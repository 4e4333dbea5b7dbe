package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.port.out.ClientRepository;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ClientRepository} adapter promises; extend it with an empty repository per test. */
public abstract class ClientRepositoryContract {

    private ClientRepository repository;

    /** A new, empty repository. */
    protected abstract ClientRepository newRepository();

    @BeforeEach
    void startEmpty() {
        repository = newRepository();
    }

    private static Client client(String key, Set<AuthMethod> types) {
        return new Client(new ClientKey(key), "Site " + key, types);
    }

    @Test
    void givenNothingSaved_find_isEmpty() {
        assertThat(repository.find(new ClientKey("shop"))).isEmpty();
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void givenSavedClient_find_returnsItWithNameAndLoginTypes() {
        Client shop = client("shop", EnumSet.of(AuthMethod.PUSH, AuthMethod.QR));

        repository.save(shop);

        assertThat(repository.find(new ClientKey("shop"))).contains(shop);
    }

    @Test
    void givenClientWithoutLoginTypes_find_returnsItWithNoLoginTypes() {
        repository.save(client("bare", Set.of()));

        assertThat(repository.find(new ClientKey("bare"))).hasValueSatisfying(found -> {
            assertThat(found.loginTypes()).isEmpty();
            assertThat(found.allows(AuthMethod.PUSH)).isFalse();
        });
    }

    @Test
    void givenClientWithEveryLoginType_find_returnsEveryLoginType() {
        repository.save(client("all", EnumSet.allOf(AuthMethod.class)));

        assertThat(repository.find(new ClientKey("all")).orElseThrow().loginTypes())
                .containsExactlyInAnyOrder(AuthMethod.values());
    }

    @Test
    void givenSavedClient_savingSameKey_replacesIt() {
        repository.save(client("shop", EnumSet.of(AuthMethod.PUSH)));
        Client renamed = new Client(new ClientKey("shop"), "Renamed shop", EnumSet.of(AuthMethod.TOTP));

        repository.save(renamed);

        assertThat(repository.find(new ClientKey("shop"))).contains(renamed);
        assertThat(repository.findAll()).containsExactly(renamed);
    }

    @Test
    void givenSavedClient_delete_removesItAndReportsTrue() {
        repository.save(client("shop", EnumSet.of(AuthMethod.PUSH)));
        repository.save(client("other", EnumSet.of(AuthMethod.PUSH)));

        assertThat(repository.delete(new ClientKey("shop"))).isTrue();

        assertThat(repository.find(new ClientKey("shop"))).isEmpty();
        assertThat(repository.find(new ClientKey("other"))).isPresent();
    }

    @Test
    void givenNoSuchClient_delete_reportsFalse() {
        assertThat(repository.delete(new ClientKey("ghost"))).isFalse();
    }

    @Test
    void givenSeveralClients_findAll_ordersThemByKey() {
        Client charlie = client("charlie", EnumSet.of(AuthMethod.PUSH));
        Client alpha = client("alpha", EnumSet.of(AuthMethod.OTP));
        Client bravo = client("bravo", EnumSet.of(AuthMethod.QR));
        repository.save(charlie);
        repository.save(alpha);
        repository.save(bravo);

        assertThat(repository.findAll()).containsExactly(alpha, bravo, charlie);
    }
}
