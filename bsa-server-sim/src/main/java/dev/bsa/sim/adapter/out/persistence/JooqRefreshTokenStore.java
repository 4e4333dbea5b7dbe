package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.REFRESH_TOKEN;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.RefreshTokenRow;
import dev.bsa.sim.application.model.TokenHash;
import dev.bsa.sim.application.port.out.RefreshTokenStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The unused refresh tokens in table {@code REFRESH_TOKEN}, by hash. Using one up is a conditional
 * delete: of all concurrent callers, only the one whose delete removed the row gets the record.
 */
public final class JooqRefreshTokenStore implements RefreshTokenStore {

    private final DSLContext dsl;

    private final RenderedStatement insert;

    public JooqRefreshTokenStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.insert = RenderedStatement.insert(dsl, REFRESH_TOKEN, 1, REFRESH_TOKEN.fields());
    }

    @Override
    public void save(RefreshTokenRecord token) {
        insert.execute(toRow(token).intoArray());
    }

    @Override
    public Optional<RefreshTokenRecord> consume(String tokenHash, ClientKey client, Instant now) {
        Optional<RefreshTokenRecord> stored = dsl.selectFrom(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(REFRESH_TOKEN.CLIENT_KEY.eq(client.value()))
                .fetchOptional(JooqRefreshTokenStore::fromRow);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        int deleted = dsl.deleteFrom(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(REFRESH_TOKEN.CLIENT_KEY.eq(client.value()))
                .and(REFRESH_TOKEN.EXPIRES_AT.gt(now))
                .execute();
        return deleted == 1 ? stored : Optional.empty();
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        if (limit <= 0) {
            return 0;
        }
        List<String> expired = dsl.select(REFRESH_TOKEN.TOKEN_HASH)
                .from(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.EXPIRES_AT.le(now))
                .orderBy(REFRESH_TOKEN.EXPIRES_AT)
                .limit(limit)
                .fetch(REFRESH_TOKEN.TOKEN_HASH);
        if (expired.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.in(expired))
                .and(REFRESH_TOKEN.EXPIRES_AT.le(now))
                .execute();
    }

    static RefreshTokenRow toRow(RefreshTokenRecord token) {
        Objects.requireNonNull(token.tokenHash(), "tokenHash");
        return Rows.complete(new RefreshTokenRow(
                token.tokenHash(),
                token.session().value(),
                token.user().value(),
                token.client().value(),
                token.method().name(),
                Objects.requireNonNull(token.issuedAt(), "issuedAt"),
                Objects.requireNonNull(token.expiresAt(), "expiresAt")));
    }

    static RefreshTokenRecord fromRow(RefreshTokenRow row) {
        return new RefreshTokenRecord(
                TokenHash.requireWellFormed(row.getTokenHash()),
                new SessionId(row.getSessionId()),
                new UserKey(row.getUserKey()),
                new ClientKey(row.getClientKey()),
                AuthMethod.valueOf(row.getMethod()),
                row.getIssuedAt(),
                row.getExpiresAt());
    }
}
