package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.APP_USER;

import dev.bsa.domain.model.TotpSecret;
import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.model.UserStatus;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.AppUserRow;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/** The BSA users in table {@code APP_USER}; the TOTP secret as lower-case hexadecimal. */
public final class JooqUserRepository implements UserRepository {

    private static final HexFormat HEX = HexFormat.of();

    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<User> find(UserKey key) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.USER_KEY.eq(key.value()))
                .fetchOptional(JooqUserRepository::fromRow);
    }

    @Override
    public void save(User user) {
        AppUserRow row = toRow(user);
        dsl.insertInto(APP_USER).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public boolean delete(UserKey key) {
        return dsl.deleteFrom(APP_USER).where(APP_USER.USER_KEY.eq(key.value())).execute() > 0;
    }

    @Override
    public List<User> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USER_KEY).fetch(JooqUserRepository::fromRow);
    }

    static AppUserRow toRow(User user) {
        return Rows.complete(new AppUserRow(
                user.key().value(),
                user.status().name(),
                user.deviceRegistered(),
                user.totpSecret().map(secret -> HEX.formatHex(secret.bytes())).orElse(null)));
    }

    static User fromRow(AppUserRow row) {
        Optional<TotpSecret> secret =
                Optional.ofNullable(row.getTotpSecret()).map(hex -> TotpSecret.of(HEX.parseHex(hex)));
        return new User(
                new UserKey(row.getUserKey()), UserStatus.valueOf(row.getStatus()), row.getDeviceRegistered(), secret);
    }
}
