package dev.bsa.sim.application.port.out;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import java.time.Instant;
import java.util.Optional;

/** Where refresh tokens are kept, hashed; each is good for exactly one refresh. */
public interface RefreshTokenStore {

    /** Stores a newly issued refresh token. */
    void save(RefreshTokenRecord record);

    /**
     * Atomically uses up the token with this hash if it is unused, not expired at {@code now} and was issued to
     * {@code client}; the record goes to exactly one caller, every other caller (and another client) gets empty
     * and changes nothing.
     */
    Optional<RefreshTokenRecord> consume(String tokenHash, ClientKey client, Instant now);

    /** Removes up to {@code limit} tokens that expired at or before {@code now}, oldest first; returns how many. */
    int deleteExpired(Instant now, int limit);

    /**
     * A refresh token as stored.
     *
     * @param tokenHash SHA-256 of the opaque token, lower-case hex
     * @param session   the login it descends from
     * @param user      the user
     * @param client    the website it was issued to
     * @param method    the login method
     * @param issuedAt  when it was issued
     * @param expiresAt when it stops being accepted
     */
    record RefreshTokenRecord(
            String tokenHash,
            SessionId session,
            UserKey user,
            ClientKey client,
            AuthMethod method,
            Instant issuedAt,
            Instant expiresAt) {}
}
