package dev.bsa.domain.service;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthEvent;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.model.StatusUpdate;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.SaveOutcome;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.port.out.StatusPublisher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves sessions through the state machine and keeps store and channel in step: every change is
 * written with compare-and-set, retried on the state another writer left, and published only once
 * stored. A session whose deadline has come times out before any other event is applied.
 */
public final class SessionLifecycle {

    private static final int MAX_WRITE_ATTEMPTS = 8;

    private final SessionRepository sessions;
    private final StatusPublisher publisher;
    private final Clock clock;

    public SessionLifecycle(SessionRepository sessions, StatusPublisher publisher, Clock clock) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Stores a new live session; 2010 when its user already has a live session that is not due.
     * A due one is timed out first, so a user is never blocked by a session whose deadline passed.
     */
    public Result<AuthSession> open(AuthSession session) {
        if (sessions.create(session) == SaveOutcome.SAVED) {
            publishFrom(session, 0);
            return Result.success(session);
        }
        Optional<AuthSession> blocking = session.user().flatMap(sessions::findLiveByUser);
        if (blocking.isPresent() && blocking.get().isDue(clock.instant())) {
            expireIfDue(blocking.get());
            if (sessions.create(session) == SaveOutcome.SAVED) {
                publishFrom(session, 0);
                return Result.success(session);
            }
        }
        return Result.reject(
                ErrorCode.AUTH_IN_PROGRESS,
                "user " + session.user().map(Object::toString).orElse("?") + " already has a live authentication");
    }

    /**
     * Stores a session that is created and ended in one step (TOTP): the events are applied to
     * {@code requested} and the outcome is stored and published as a whole. Its tokens go back to the caller
     * only: a session's copy of its tokens is kept for delivery to its channel, and such a session has none,
     * so the stored session holds no tokens (and the sweeper has none to erase).
     */
    public Result<AuthSession> record(AuthSession requested, AuthEvent... events) {
        return requested.applyAll(List.of(events)).map(ended -> {
            AuthSession stored = ended.withoutTokens();
            sessions.create(stored);
            publishFrom(stored, 0);
            return ended;
        });
    }

    /**
     * Applies {@code events} to the session, in one stored step. A due or timed-out session gives 5001
     * (a due one is timed out first); a concurrent change is re-read and the events re-applied to it;
     * the state machine's rejection (5019) comes back when they no longer fit.
     */
    public Result<AuthSession> advance(AuthSession current, AuthEvent... events) {
        if (current.isDue(clock.instant()) || current.status() == AuthStatus.AUTH_TIMEOUT) {
            expireIfDue(current);
            return timedOut(current);
        }
        Result<AuthSession> stored = store(current, List.of(events));
        if (!stored.isSuccess() && stored.errorCode() == ErrorCode.NO_AUTH_IN_PROGRESS) {
            // The sweeper may have timed the session out between the read and the write.
            Optional<AuthSession> now = sessions.findById(current.id());
            if (now.isPresent() && now.get().status() == AuthStatus.AUTH_TIMEOUT) {
                return timedOut(now.get());
            }
        }
        return stored;
    }

    /** 5001: whoever acts on a session after its deadline learns that it timed out, whether or not the sweeper ran. */
    private static Result<AuthSession> timedOut(AuthSession session) {
        return Result.reject(ErrorCode.AUTH_TIMEOUT, "the session's deadline " + session.expiresAt() + " has passed");
    }

    /**
     * 2010 when the user has a live session whose deadline has not come; a due one is timed out.
     * Used where the check must come before something is used up (an app code, a TOTP attempt).
     */
    public Result<Done> requireNoLiveSession(UserKey user) {
        Optional<AuthSession> live = sessions.findLiveByUser(user).map(this::expireIfDue);
        if (live.isPresent() && live.get().isLive()) {
            return Result.reject(ErrorCode.AUTH_IN_PROGRESS, "user " + user + " already has a live authentication");
        }
        return Result.done();
    }

    /** The session, timed out first if its deadline has come (and it is still live). */
    public AuthSession expireIfDue(AuthSession current) {
        if (!current.isDue(clock.instant())) {
            return current;
        }
        return store(current, List.of(new AuthEvent.DeadlinePassed()))
                .orElseGet(() -> sessions.findById(current.id()).orElse(current));
    }

    private Result<AuthSession> store(AuthSession current, List<AuthEvent> events) {
        AuthSession base = current;
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            Result<AuthSession> applied = base.applyAll(events);
            if (!applied.isSuccess()) {
                return applied;
            }
            AuthSession next = applied.value().atVersion(base.version() + 1);
            SaveOutcome outcome = sessions.replace(base, next);
            if (outcome == SaveOutcome.SAVED) {
                publishFrom(next, base.history().size());
                return Result.success(next);
            }
            if (outcome == SaveOutcome.USER_BUSY) {
                return Result.reject(
                        ErrorCode.AUTH_IN_PROGRESS,
                        "user " + next.user().map(Object::toString).orElse("?") + " already has a live authentication");
            }
            Optional<AuthSession> reread = sessions.findById(base.id());
            if (reread.isEmpty()) {
                return Result.reject(ErrorCode.CHANNEL_NOT_FOUND, "the session no longer exists");
            }
            base = reread.get();
        }
        return Result.reject(ErrorCode.NO_AUTH_IN_PROGRESS, "the session kept changing under concurrent writers");
    }

    private void publishFrom(AuthSession session, int firstNew) {
        List<AuthStatus> history = session.history();
        List<StatusUpdate> updates = new ArrayList<>(history.size() - firstNew);
        for (int index = firstNew; index < history.size(); index++) {
            updates.add(new StatusUpdate(session, history.get(index), index));
        }
        publisher.publishAll(updates);
    }
}
