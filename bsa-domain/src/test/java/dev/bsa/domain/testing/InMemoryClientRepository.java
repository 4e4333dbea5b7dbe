package dev.bsa.domain.testing;

import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.port.out.ClientRepository;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ClientRepository} in a map, for tests. Thread-safe. */
public final class InMemoryClientRepository implements ClientRepository {

    private final TreeMap<String, Client> byKey = new TreeMap<>();

    @Override
    public synchronized Optional<Client> find(ClientKey key) {
        return Optional.ofNullable(byKey.get(key.value()));
    }

    @Override
    public synchronized void save(Client client) {
        byKey.put(client.key().value(), client);
    }

    @Override
    public synchronized boolean delete(ClientKey key) {
        return byKey.remove(key.value()) != null;
    }

    @Override
    public synchronized List<Client> findAll() {
        return List.copyOf(byKey.values());
    }
}
