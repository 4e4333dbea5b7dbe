package dev.bsa.sim.application.port.out;

import dev.bsa.domain.model.UserKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the credentials of virtual phones are kept: one device token per user, stored only as its
 * SHA-256 hash (hex), so a leaked store does not leak tokens.
 */
public interface DeviceRegistry {

    /** Registers the token hash as the user's device, replacing any previous one. */
    void register(UserKey user, String tokenHash, Instant registeredAt);

    /** The user whose device has this token hash. */
    Optional<UserKey> findUser(String tokenHash);

    /** Removes the user's device; true when there was one. */
    boolean unregister(UserKey user);

    /** Every registered device, ordered by user. */
    List<DeviceRecord> findAll();

    /**
     * A registered device.
     *
     * @param user         its user
     * @param tokenHash    SHA-256 of the token, lower-case hex
     * @param registeredAt when it was registered
     */
    record DeviceRecord(UserKey user, String tokenHash, Instant registeredAt) {}
}
