package dev.bsa.domain.port.out;

import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import java.util.List;
import java.util.Optional;

/** Where registered websites are kept. */
public interface ClientRepository {

    /** The client with this key, if registered. */
    Optional<Client> find(ClientKey key);

    /** Registers the client, or replaces the one with the same key. */
    void save(Client client);

    /** Removes the client; true when there was one. */
    boolean delete(ClientKey key);

    /** Every client, ordered by key. */
    List<Client> findAll();
}
