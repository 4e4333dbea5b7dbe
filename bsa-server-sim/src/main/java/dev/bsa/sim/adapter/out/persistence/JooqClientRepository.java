package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.CLIENT;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.ClientRow;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** The registered websites in table {@code CLIENT}; login types as comma-separated method names. */
public final class JooqClientRepository implements ClientRepository {

    private final DSLContext dsl;

    public JooqClientRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<Client> find(ClientKey key) {
        return dsl.selectFrom(CLIENT)
                .where(CLIENT.CLIENT_KEY.eq(key.value()))
                .fetchOptional(JooqClientRepository::fromRow);
    }

    @Override
    public void save(Client client) {
        ClientRow row = toRow(client);
        dsl.insertInto(CLIENT).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public boolean delete(ClientKey key) {
        return dsl.deleteFrom(CLIENT).where(CLIENT.CLIENT_KEY.eq(key.value())).execute() > 0;
    }

    @Override
    public List<Client> findAll() {
        return dsl.selectFrom(CLIENT).orderBy(CLIENT.CLIENT_KEY).fetch(JooqClientRepository::fromRow);
    }

    static ClientRow toRow(Client client) {
        String types = client.loginTypes().isEmpty()
                ? ""
                : EnumSet.copyOf(client.loginTypes()).stream()
                        .map(AuthMethod::name)
                        .collect(Collectors.joining(","));
        return Rows.complete(new ClientRow(client.key().value(), client.name(), types));
    }

    static Client fromRow(ClientRow row) {
        String types = row.getLoginTypes();
        Set<AuthMethod> methods = types.isEmpty()
                ? Set.of()
                : Arrays.stream(types.split(",", -1))
                        .map(AuthMethod::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuthMethod.class)));
        return new Client(new ClientKey(row.getClientKey()), row.getClientName(), methods);
    }
}
