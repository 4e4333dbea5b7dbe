package dev.bsa.domain.port.out;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.ChannelKey;
import dev.bsa.domain.model.QrId;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.model.UserKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where authentication sessions are kept. Writes are atomic and conditional: an adapter must make
 * "one live session per user" and "nobody overwrites a newer state" hold under concurrency, across
 * every process that shares the store.
 */
public interface SessionRepository {

    /**
     * Stores a new session as it is. {@link SaveOutcome#USER_BUSY} when the session is live, has a
     * user, and that user already has another live session.
     */
    SaveOutcome create(AuthSession session);

    /**
     * Replaces {@code expected} by {@code next} if the stored version is still
     * {@code expected.version()}; {@code next.version()} must be {@code expected.version() + 1}.
     * {@link SaveOutcome#STALE} when the stored version differs; {@link SaveOutcome#USER_BUSY} when
     * {@code next} binds a user who already has another live session.
     */
    SaveOutcome replace(AuthSession expected, AuthSession next);

    /** The session with this id. */
    Optional<AuthSession> findById(SessionId id);

    /** The session with this channel key. */
    Optional<AuthSession> findByChannelKey(ChannelKey channelKey);

    /** The QR session with this QR id. */
    Optional<AuthSession> findByQrId(QrId qrId);

    /** The user's live session, if any (there is at most one). */
    Optional<AuthSession> findLiveByUser(UserKey user);

    /** Up to {@code limit} live sessions whose deadline is at or before {@code now}, oldest deadline first. */
    List<AuthSession> findDue(Instant now, int limit);

    /**
     * Erases the delivery copy of the tokens of up to {@code limit} ended sessions whose deadline is before
     * {@code instant}, oldest deadline first; returns how many.
     */
    int eraseTokensExpiredBefore(Instant instant, int limit);

    /**
     * Deletes up to {@code limit} ended sessions whose deadline is before {@code instant}, oldest deadline
     * first; live sessions are never deleted. Returns how many.
     */
    int deleteEndedBefore(Instant instant, int limit);

    /** Every session, newest first, at most {@code limit}. */
    List<AuthSession> findRecent(int limit);
}
