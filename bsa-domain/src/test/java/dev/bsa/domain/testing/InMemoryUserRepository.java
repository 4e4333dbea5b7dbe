package dev.bsa.domain.testing;

import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link UserRepository} in a map, for tests. Thread-safe. */
public final class InMemoryUserRepository implements UserRepository {

    private final TreeMap<String, User> byKey = new TreeMap<>();

    @Override
    public synchronized Optional<User> find(UserKey key) {
        return Optional.ofNullable(byKey.get(key.value()));
    }

    @Override
    public synchronized void save(User user) {
        byKey.put(user.key().value(), user);
    }

    @Override
    public synchronized boolean delete(UserKey key) {
        return byKey.remove(key.value()) != null;
    }

    @Override
    public synchronized List<User> findAll() {
        return List.copyOf(byKey.values());
    }
}
