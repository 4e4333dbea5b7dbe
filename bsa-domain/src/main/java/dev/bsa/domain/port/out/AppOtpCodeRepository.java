package dev.bsa.domain.port.out;

import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.UserKey;
import java.time.Instant;
import java.util.Optional;

/** Where the one-time codes the app issued for OTP login are kept until used or expired. */
public interface AppOtpCodeRepository {

    /**
     * Stores the code; false (and nothing stored) when a code with the same digits is still valid
     * at {@code code.issuedAt()}, so the caller draws other digits.
     */
    boolean insert(AppOtpCode code);

    /** The stored code with these digits, valid or not. */
    Optional<AppOtpCode> find(String digits);

    /** Atomically removes the code if it is still valid at {@code now}; true for exactly one caller. */
    boolean consume(String digits, Instant now);

    /** Removes every code of the user (a new code replaces the old one). */
    void deleteByUser(UserKey user);

    /** Removes up to {@code limit} codes that expired at or before {@code now}, oldest first; returns how many. */
    int deleteExpired(Instant now, int limit);
}
