package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.testing.Concurrently;
import dev.bsa.sim.application.port.out.RefreshTokenStore.RefreshTokenRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqRefreshTokenStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00.123456Z");

    private final Database database = TestDatabases.freshInMemory();
    private final JooqRefreshTokenStore store = new JooqRefreshTokenStore(database.dsl());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static final ClientKey SHOP = new ClientKey("shop");

    static RefreshTokenRecord token(String hashDigit, Instant issuedAt, Instant expiresAt) {
        return new RefreshTokenRecord(
                hashDigit.repeat(64),
                new SessionId("ab".repeat(16)),
                new UserKey("alice"),
                new ClientKey("shop"),
                AuthMethod.PUSH,
                issuedAt,
                expiresAt);
    }

    @Test
    void anotherClient_cannotConsumeTheToken_andItStaysForItsOwner() {
        RefreshTokenRecord saved = token("a", T0, T0.plusSeconds(3600));
        store.save(saved);

        assertThat(store.consume(saved.tokenHash(), new ClientKey("elsewhere"), T0.plusSeconds(10)))
                .isEmpty();

        assertThat(store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(10))).contains(saved);
    }

    @Test
    void givenSavedToken_consumeBeforeExpiry_returnsTheRecordExactlyAsSaved() {
        RefreshTokenRecord saved = token("a", T0, T0.plusSeconds(3600));
        store.save(saved);

        assertThat(store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(10))).contains(saved);
    }

    @Test
    void givenConsumedToken_consumingAgain_isEmpty() {
        RefreshTokenRecord saved = token("a", T0, T0.plusSeconds(3600));
        store.save(saved);
        store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(10));

        assertThat(store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(11))).isEmpty();
    }

    @Test
    void givenTokenAtItsExpiry_consume_isEmpty() {
        RefreshTokenRecord saved = token("a", T0, T0.plusSeconds(3600));
        store.save(saved);

        assertThat(store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(3600))).isEmpty();
        assertThat(store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(3601))).isEmpty();
    }

    @Test
    void givenUnknownHash_consume_isEmpty() {
        store.save(token("a", T0, T0.plusSeconds(3600)));

        assertThat(store.consume("b".repeat(64), SHOP, T0)).isEmpty();
    }

    @Test
    void givenExpiredAndValidTokens_deleteExpired_removesThoseExpiredAtOrBeforeNowAndCountsThem() {
        store.save(token("a", T0, T0.plusSeconds(10)));
        store.save(token("b", T0, T0.plusSeconds(20)));
        RefreshTokenRecord valid = token("c", T0, T0.plusSeconds(21));
        store.save(valid);

        assertThat(store.deleteExpired(T0.plusSeconds(20), 10)).isEqualTo(2);

        assertThat(store.consume("a".repeat(64), SHOP, T0)).isEmpty();
        assertThat(store.consume("b".repeat(64), SHOP, T0)).isEmpty();
        assertThat(store.consume(valid.tokenHash(), SHOP, T0)).contains(valid);
    }

    @Test
    void givenMoreExpiredTokensThanTheLimit_deleteExpired_removesExactlyTheLimitOldestFirst() {
        RefreshTokenRecord newest = token("a", T0, T0.plusSeconds(30));
        store.save(newest);
        store.save(token("b", T0, T0.plusSeconds(10)));
        store.save(token("c", T0, T0.plusSeconds(20)));

        assertThat(store.deleteExpired(T0.plusSeconds(60), 2)).isEqualTo(2);

        assertThat(store.consume(newest.tokenHash(), SHOP, T0)).contains(newest);
        assertThat(store.deleteExpired(T0.plusSeconds(60), 2)).isZero();
    }

    @Test
    void givenOneToken_twentyThreadsConsumingIt_exactlyOneGetsTheRecord() {
        RefreshTokenRecord saved = token("d", T0, T0.plusSeconds(3600));
        store.save(saved);

        List<Optional<RefreshTokenRecord>> results =
                Concurrently.run(20, thread -> store.consume(saved.tokenHash(), SHOP, T0.plusSeconds(1)));

        assertThat(results).filteredOn(Optional::isPresent).containsExactly(Optional.of(saved));
        assertThat(results).filteredOn(Optional::isEmpty).hasSize(19);
    }
}
