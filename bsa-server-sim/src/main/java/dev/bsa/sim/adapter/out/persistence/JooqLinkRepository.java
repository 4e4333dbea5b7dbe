package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.USER_LINK;

import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.Link;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.UserLinkRow;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The user–website links in table {@code USER_LINK}, one row per pair. */
public final class JooqLinkRepository implements LinkRepository {

    private final DSLContext dsl;

    public JooqLinkRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public boolean isLinked(UserKey user, ClientKey client) {
        return dsl.fetchExists(
                USER_LINK, USER_LINK.USER_KEY.eq(user.value()).and(USER_LINK.CLIENT_KEY.eq(client.value())));
    }

    @Override
    public void link(Link link) {
        try {
            dsl.insertInto(USER_LINK).set(toRow(link)).onDuplicateKeyIgnore().execute();
        } catch (DataAccessException e) {
            // Two writers linking the same pair at once: the other one stored it, which is all we wanted.
            if (!SqlStates.isIntegrityViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public boolean unlink(Link link) {
        return dsl.deleteFrom(USER_LINK)
                        .where(USER_LINK
                                .USER_KEY
                                .eq(link.user().value())
                                .and(USER_LINK.CLIENT_KEY.eq(link.client().value())))
                        .execute()
                > 0;
    }

    @Override
    public List<Link> findAll() {
        return dsl.selectFrom(USER_LINK)
                .orderBy(USER_LINK.USER_KEY, USER_LINK.CLIENT_KEY)
                .fetch(JooqLinkRepository::fromRow);
    }

    static UserLinkRow toRow(Link link) {
        return Rows.complete(new UserLinkRow(link.user().value(), link.client().value()));
    }

    static Link fromRow(UserLinkRow row) {
        return new Link(new UserKey(row.getUserKey()), new ClientKey(row.getClientKey()));
    }
}
