package dev.bsa.domain.port.out;

import dev.bsa.domain.model.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Where per-user TOTP state is kept: attempts per day and the last accepted time step. */
public interface TotpStateRepository {

    /**
     * Atomically counts one attempt of {@code user} on {@code day} if fewer than {@code limit} were
     * counted; false (nothing counted) when the limit is already reached.
     */
    boolean tryCountAttempt(UserKey user, LocalDate day, int limit);

    /** How many attempts of {@code user} were counted on {@code day}. */
    int attempts(UserKey user, LocalDate day);

    /** The start of the last time step a code of {@code user} was accepted for. */
    Optional<Instant> lastAcceptedStep(UserKey user);

    /**
     * Atomically records {@code stepStart} as the last accepted step if it is after the recorded
     * one; false when a step at or after it was already accepted (a replay).
     */
    boolean advanceLastAcceptedStep(UserKey user, Instant stepStart);

    /**
     * Forgets the attempts counted on days before {@code day}: up to {@code limit} counters (one per user
     * and day), oldest day first; the accepted steps are kept. Returns how many counters were removed.
     */
    int deleteAttemptsBefore(LocalDate day, int limit);

    /** Forgets the user's attempts and accepted steps. */
    void reset(UserKey user);
}
