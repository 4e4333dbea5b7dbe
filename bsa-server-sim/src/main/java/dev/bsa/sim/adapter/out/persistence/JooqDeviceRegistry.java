package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.DEVICE;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.DeviceRow;
import dev.bsa.sim.application.model.TokenHash;
import dev.bsa.sim.application.port.out.DeviceRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The virtual phones in table {@code DEVICE}: one row per user, holding only the token's hash. */
public final class JooqDeviceRegistry implements DeviceRegistry {

    private final DSLContext dsl;
    private final RenderedStatement userByToken;

    public JooqDeviceRegistry(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.userByToken = new RenderedStatement(
                dsl,
                "a phone's user by token hash",
                () -> dsl.select(DEVICE.USER_KEY)
                        .from(DEVICE)
                        .where(DEVICE.TOKEN_HASH.eq(RenderedStatement.parameterFor(DEVICE.TOKEN_HASH)))
                        .orderBy(DEVICE.USER_KEY)
                        .limit(DSL.inline(1)),
                "TOKEN_HASH");
    }

    @Override
    public void register(UserKey user, String tokenHash, Instant registeredAt) {
        DeviceRow row = toRow(new DeviceRecord(user, tokenHash, registeredAt));
        dsl.insertInto(DEVICE).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public Optional<UserKey> findUser(String tokenHash) {
        // Every call a phone makes finds its user by its token: rendered once.
        return userByToken.fetchFirst(dsl.newRecord(DEVICE.USER_KEY), tokenHash).map(row -> new UserKey(row.value1()));
    }

    @Override
    public boolean unregister(UserKey user) {
        return dsl.deleteFrom(DEVICE).where(DEVICE.USER_KEY.eq(user.value())).execute() > 0;
    }

    @Override
    public List<DeviceRecord> findAll() {
        return dsl.selectFrom(DEVICE).orderBy(DEVICE.USER_KEY).fetch(JooqDeviceRegistry::fromRow);
    }

    static DeviceRow toRow(DeviceRecord device) {
        Objects.requireNonNull(device.tokenHash(), "tokenHash");
        Objects.requireNonNull(device.registeredAt(), "registeredAt");
        return Rows.complete(new DeviceRow(device.user().value(), device.tokenHash(), device.registeredAt()));
    }

    static DeviceRecord fromRow(DeviceRow row) {
        return new DeviceRecord(
                new UserKey(row.getUserKey()), TokenHash.requireWellFormed(row.getTokenHash()), row.getRegisteredAt());
    }
}
