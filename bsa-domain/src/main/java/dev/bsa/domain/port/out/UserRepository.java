package dev.bsa.domain.port.out;

import dev.bsa.domain.model.User;
import dev.bsa.domain.model.UserKey;
import java.util.List;
import java.util.Optional;

/** Where BSA users are kept. */
public interface UserRepository {

    /** The user with this key, if registered. */
    Optional<User> find(UserKey key);

    /** Registers the user, or replaces the one with the same key. */
    void save(User user);

    /** Removes the user; true when there was one. */
    boolean delete(UserKey key);

    /** Every user, ordered by key. */
    List<User> findAll();
}
