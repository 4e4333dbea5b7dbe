package dev.bsa.domain.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.LinkRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LinkRepository} adapter promises; extend it with an empty repository per test. */
public abstract class LinkRepositoryContract {

    private LinkRepository repository;

    /** A new, empty repository. */
    protected abstract LinkRepository newRepository();

    @BeforeEach
    void startEmpty() {
        repository = newRepository();
    }

    private static Link link(String user, String client) {
        return new Link(new UserKey(user), new ClientKey(client));
    }

    @Test
    void givenNoLink_isLinked_isFalse() {
        assertThat(repository.isLinked(new UserKey("alice"), new ClientKey("shop")))
                .isFalse();
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void givenLink_isLinked_isTrueForThatPairOnly() {
        repository.link(link("alice", "shop"));

        assertThat(repository.isLinked(new UserKey("alice"), new ClientKey("shop")))
                .isTrue();
        assertThat(repository.isLinked(new UserKey("alice"), new ClientKey("bank")))
                .isFalse();
        assertThat(repository.isLinked(new UserKey("bob"), new ClientKey("shop")))
                .isFalse();
    }

    @Test
    void givenLink_linkingAgain_changesNothing() {
        repository.link(link("alice", "shop"));

        repository.link(link("alice", "shop"));

        assertThat(repository.findAll()).containsExactly(link("alice", "shop"));
    }

    @Test
    void givenLink_unlink_removesItAndReportsTrue() {
        repository.link(link("alice", "shop"));
        repository.link(link("alice", "bank"));

        assertThat(repository.unlink(link("alice", "shop"))).isTrue();

        assertThat(repository.isLinked(new UserKey("alice"), new ClientKey("shop")))
                .isFalse();
        assertThat(repository.isLinked(new UserKey("alice"), new ClientKey("bank")))
                .isTrue();
    }

    @Test
    void givenNoLink_unlink_reportsFalse() {
        assertThat(repository.unlink(link("alice", "shop"))).isFalse();
    }

    @Test
    void givenUnlinkedPair_unlinkingAgain_reportsFalse() {
        repository.link(link("alice", "shop"));
        repository.unlink(link("alice", "shop"));

        assertThat(repository.unlink(link("alice", "shop"))).isFalse();
    }

    @Test
    void givenSeveralLinks_findAll_ordersThemByUserThenClient() {
        repository.link(link("bob", "shop"));
        repository.link(link("alice", "shop"));
        repository.link(link("bob", "bank"));
        repository.link(link("alice", "bank"));

        assertThat(repository.findAll())
                .containsExactly(
                        link("alice", "bank"), link("alice", "shop"), link("bob", "bank"), link("bob", "shop"));
    }
}
