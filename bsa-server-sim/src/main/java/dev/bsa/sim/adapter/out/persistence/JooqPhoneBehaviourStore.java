package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.PHONE_BEHAVIOUR;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.PhoneBehaviourRow;
import dev.bsa.sim.application.model.PhoneAnswering;
import dev.bsa.sim.application.port.out.PhoneBehaviourStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;

/** Each user's simulated phone behaviour in table {@code PHONE_BEHAVIOUR}; the delay in nanoseconds. */
public final class JooqPhoneBehaviourStore implements PhoneBehaviourStore {

    private final DSLContext dsl;
    private final RenderedStatement byUser;

    public JooqPhoneBehaviourStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.byUser = RenderedStatement.selectFrom(dsl, PHONE_BEHAVIOUR, PHONE_BEHAVIOUR.USER_KEY);
    }

    @Override
    public PhoneAnswering find(UserKey user) {
        // Every push a phone receives reads its behaviour: rendered once.
        return byUser.fetchFirst(new PhoneBehaviourRow(), user.value())
                .map(JooqPhoneBehaviourStore::behaviourOf)
                .orElseGet(PhoneAnswering::manual);
    }

    @Override
    public void save(UserKey user, PhoneAnswering behaviour) {
        PhoneBehaviourRow row = toRow(user, behaviour);
        dsl.insertInto(PHONE_BEHAVIOUR).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public Map<UserKey, PhoneAnswering> findAll() {
        Map<UserKey, PhoneAnswering> all = new LinkedHashMap<>();
        dsl.selectFrom(PHONE_BEHAVIOUR)
                .orderBy(PHONE_BEHAVIOUR.USER_KEY)
                .forEach(row -> all.put(new UserKey(row.getUserKey()), behaviourOf(row)));
        return all;
    }

    static PhoneBehaviourRow toRow(UserKey user, PhoneAnswering behaviour) {
        return Rows.complete(new PhoneBehaviourRow(
                user.value(), behaviour.mode().name(), behaviour.delay().toNanos()));
    }

    static PhoneBehaviourRow check(PhoneBehaviourRow row) {
        return toRow(new UserKey(row.getUserKey()), behaviourOf(row));
    }

    private static PhoneAnswering behaviourOf(PhoneBehaviourRow row) {
        return new PhoneAnswering(
                PhoneAnswering.Mode.valueOf(row.getBehaviourMode()), Duration.ofNanos(row.getDelayNanos()));
    }
}
