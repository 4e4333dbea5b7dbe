package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.model.PhoneAnswering.Mode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqPhoneBehaviourStoreTest {

    private static final UserKey ALICE = new UserKey("alice");
    private static final UserKey BOB = new UserKey("bob");

    private final Database database = TestDatabases.freshInMemory();
    private final JooqPhoneBehaviourStore store = new JooqPhoneBehaviourStore(database.dsl());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void givenNothingSet_find_isManualAndFindAllIsEmpty() {
        assertThat(store.find(ALICE)).isEqualTo(PhoneAnswering.manual());
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void givenBehaviourSet_find_returnsItWithItsExactDelay() {
        PhoneAnswering slowApprove =
                new PhoneAnswering(Mode.AUTO_APPROVE, Duration.ofMillis(1500).plusNanos(7));

        store.save(ALICE, slowApprove);

        assertThat(store.find(ALICE)).isEqualTo(slowApprove);
        assertThat(store.find(BOB)).isEqualTo(PhoneAnswering.manual());
    }

    @Test
    void givenBehaviourSet_settingAnother_replacesIt() {
        store.save(ALICE, new PhoneAnswering(Mode.AUTO_REJECT, Duration.ZERO));

        store.save(ALICE, new PhoneAnswering(Mode.NEVER_ANSWER, Duration.ZERO));

        assertThat(store.find(ALICE)).isEqualTo(new PhoneAnswering(Mode.NEVER_ANSWER, Duration.ZERO));
    }

    @Test
    void givenSeveralBehaviours_findAll_returnsEachByUserInKeyOrder() {
        PhoneAnswering never = new PhoneAnswering(Mode.NEVER_ANSWER, Duration.ZERO);
        PhoneAnswering approve = new PhoneAnswering(Mode.AUTO_APPROVE, Duration.ofSeconds(2));
        store.save(BOB, never);
        store.save(ALICE, approve);

        Map<UserKey, PhoneAnswering> all = store.findAll();

        assertThat(all).containsExactly(Map.entry(ALICE, approve), Map.entry(BOB, never));
    }
}
