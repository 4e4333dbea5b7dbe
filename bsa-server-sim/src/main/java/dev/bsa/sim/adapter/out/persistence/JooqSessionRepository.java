package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.AUTH_SESSION;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.AuthSessionRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The authentication sessions in table {@code AUTH_SESSION}. Every write is one statement: a version
 * condition makes {@link #replace} a compare-and-set, and the unique index on {@code LIVE_USER_KEY}
 * (the user key, kept only while the session is live) refuses a second live session of a user, for
 * every process that shares the database. The periodic deletes and erasures select one batch of keys through
 * an index, oldest first, then change exactly those rows, so a run costs the same whatever the table holds.
 */
public final class JooqSessionRepository implements SessionRepository {

    /** The earliest whole second a {@code *_AT} column (microseconds in a BIGINT) can hold. */
    private static final Instant EARLIEST_STORABLE = Instant.ofEpochSecond(Long.MIN_VALUE / 1_000_000L);

    /** The columns a replacement writes: all but the key. */
    private static final Field<?>[] UPDATED = Arrays.stream(AUTH_SESSION.fields())
            .filter(column -> !column.equals(AUTH_SESSION.SESSION_ID))
            .toArray(Field<?>[]::new);

    private final DSLContext dsl;

    private final RenderedStatement insert;
    private final RenderedStatement update;
    private final RenderedStatement byId;
    private final RenderedStatement byChannelKey;
    private final RenderedStatement byQrId;
    private final RenderedStatement liveByUser;

    public JooqSessionRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.insert = RenderedStatement.insert(dsl, AUTH_SESSION, 1, AUTH_SESSION.fields());
        this.update = new RenderedStatement(
                dsl,
                "replace a session of a version",
                () -> {
                    Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
                    Arrays.stream(UPDATED)
                            .forEach(column -> assignments.put(column, RenderedStatement.parameterFor(column)));
                    return dsl.update(AUTH_SESSION)
                            .set(assignments)
                            .where(AUTH_SESSION.SESSION_ID.eq(DSL.param("WHERE_SESSION_ID", AUTH_SESSION.SESSION_ID)))
                            .and(AUTH_SESSION.VERSION.eq(DSL.param("WHERE_VERSION", AUTH_SESSION.VERSION)));
                },
                Stream.concat(
                                Arrays.stream(RenderedStatement.namesOf(UPDATED)),
                                Stream.of("WHERE_SESSION_ID", "WHERE_VERSION"))
                        .toArray(String[]::new));
        this.byId = findOne(AUTH_SESSION.SESSION_ID);
        this.byChannelKey = findOne(AUTH_SESSION.CHANNEL_KEY);
        this.byQrId = findOne(AUTH_SESSION.QR_ID);
        this.liveByUser = findOne(AUTH_SESSION.LIVE_USER_KEY);
    }

    @Override
    public SaveOutcome create(AuthSession session) {
        try {
            insert.execute(SessionRows.toRow(session).intoArray());
            return SaveOutcome.SAVED;
        } catch (DataAccessException e) {
            if (!SqlStates.isIntegrityViolation(e)) {
                throw e;
            }
            if (dsl.fetchExists(
                    AUTH_SESSION, AUTH_SESSION.SESSION_ID.eq(session.id().value()))) {
                throw new IllegalArgumentException("a session with id " + session.id() + " already exists", e);
            }
            if (SessionRows.liveUser(session).isEmpty()) {
                throw e;
            }
            return SaveOutcome.USER_BUSY;
        }
    }

    @Override
    public SaveOutcome replace(AuthSession expected, AuthSession next) {
        if (!expected.id().equals(next.id()) || next.version() != expected.version() + 1) {
            throw new IllegalArgumentException("next must be the same session at version expected.version() + 1");
        }
        AuthSessionRow row = SessionRows.toRow(next);
        Object[] values = Stream.concat(
                        Arrays.stream(UPDATED).map(row::get),
                        Stream.of(expected.id().value(), expected.version()))
                .toArray();
        try {
            int updated = update.execute(values);
            return updated == 1 ? SaveOutcome.SAVED : SaveOutcome.STALE;
        } catch (DataAccessException e) {
            if (SqlStates.isIntegrityViolation(e) && SessionRows.liveUser(next).isPresent()) {
                return SaveOutcome.USER_BUSY;
            }
            throw e;
        }
    }

    @Override
    public Optional<AuthSession> findById(SessionId id) {
        return findOne(byId, id.value());
    }

    @Override
    public Optional<AuthSession> findByChannelKey(ChannelKey channelKey) {
        return findOne(byChannelKey, channelKey.value());
    }

    @Override
    public Optional<AuthSession> findByQrId(QrId qrId) {
        return findOne(byQrId, qrId.value());
    }

    @Override
    public Optional<AuthSession> findLiveByUser(UserKey user) {
        return findOne(liveByUser, user.value());
    }

    @Override
    public List<AuthSession> findDue(Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Ordered exactly as index IX_AUTH_SESSION_DUE (LIVE, EXPIRES_AT), so the database reads the first
        // rows of the range and stops at the limit instead of sorting every due session.
        return dsl.selectFrom(AUTH_SESSION)
                .where(AUTH_SESSION.LIVE.isTrue())
                .and(AUTH_SESSION.EXPIRES_AT.le(now))
                .orderBy(AUTH_SESSION.LIVE, AUTH_SESSION.EXPIRES_AT)
                .limit(limit)
                .fetch(SessionRows::fromRow);
    }

    @Override
    public int eraseTokensExpiredBefore(Instant instant, int limit) {
        if (limit <= 0) {
            return 0;
        }
        // TOKENS_ERASE_AT is set only while an ended session's row holds tokens. Every other row has NULL there,
        // which H2's index orders first: the lower bound starts the index range past them, so a run reads only
        // the rows it erases whatever the history holds (RowsReadWithHistoryTest).
        Condition erasable =
                AUTH_SESSION.TOKENS_ERASE_AT.ge(EARLIEST_STORABLE).and(AUTH_SESSION.TOKENS_ERASE_AT.lt(instant));
        List<String> ids = dsl.select(AUTH_SESSION.SESSION_ID)
                .from(AUTH_SESSION)
                .where(erasable)
                .orderBy(AUTH_SESSION.TOKENS_ERASE_AT)
                .limit(limit)
                .fetch(AUTH_SESSION.SESSION_ID);
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.update(AUTH_SESSION)
                .setNull(AUTH_SESSION.ACCESS_TOKEN)
                .setNull(AUTH_SESSION.REFRESH_TOKEN)
                .setNull(AUTH_SESSION.TOKENS_ERASE_AT)
                .where(AUTH_SESSION.SESSION_ID.in(ids))
                .and(erasable)
                .execute();
    }

    @Override
    public int deleteEndedBefore(Instant instant, int limit) {
        if (limit <= 0) {
            return 0;
        }
        Condition deletable = AUTH_SESSION.LIVE.isFalse().and(AUTH_SESSION.EXPIRES_AT.lt(instant));
        List<String> ids = dsl.select(AUTH_SESSION.SESSION_ID)
                .from(AUTH_SESSION)
                .where(deletable)
                .orderBy(AUTH_SESSION.LIVE, AUTH_SESSION.EXPIRES_AT)
                .limit(limit)
                .fetch(AUTH_SESSION.SESSION_ID);
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(AUTH_SESSION)
                .where(AUTH_SESSION.SESSION_ID.in(ids))
                .and(deletable)
                .execute();
    }

    @Override
    public List<AuthSession> findRecent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return dsl.selectFrom(AUTH_SESSION)
                .orderBy(AUTH_SESSION.CREATED_AT.desc(), AUTH_SESSION.SESSION_ID.desc())
                .limit(limit)
                .fetch(SessionRows::fromRow);
    }

    private static Optional<AuthSession> findOne(RenderedStatement query, String key) {
        return query.fetchFirst(new AuthSessionRow(), key).map(SessionRows::fromRow);
    }

    /** The newest session whose {@code column} holds the one parameter's value. */
    private RenderedStatement findOne(Field<String> column) {
        return new RenderedStatement(
                dsl,
                "the newest session by " + column.getName(),
                () -> dsl.selectFrom(AUTH_SESSION)
                        .where(column.eq(DSL.param("KEY", column)))
                        .orderBy(AUTH_SESSION.CREATED_AT.desc(), AUTH_SESSION.SESSION_ID.desc())
                        .limit(DSL.inline(1)),
                "KEY");
    }
}
