package dev.bsa.sim.application.service;

import dev.bsa.domain.model.UserKey;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one-shot arrangements waiting for the next login: how a user's phone answers its next push, and which
 * next code check or QR step goes wrong. Each is taken once, by the first login it fits; a reset clears them.
 * Thread-safe.
 */
public final class ArrangedOutcomes {

    /** How a phone answers the next push, whatever its usual behaviour. */
    public enum PhoneAnswer {
        APPROVE,
        REJECT,
        CANCEL,
        TIME_OUT,
        /** Leaves the push alone: a login kept waiting on purpose (the one that makes the next one get 2010). */
        IGNORE
    }

    private final Map<UserKey, PhoneAnswer> answers = new ConcurrentHashMap<>();
    private final Set<UserKey> wrongCodeOf = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wrongCode = new AtomicBoolean();
    private final AtomicBoolean qrOutsideApp = new AtomicBoolean();
    private final AtomicBoolean qrExpired = new AtomicBoolean();

    /** The user's next push is answered this way (replacing what was arranged before). */
    void answerNextPush(UserKey user, PhoneAnswer answer) {
        answers.put(user, answer);
    }

    /** The arranged answer to the user's next push, taken. */
    public Optional<PhoneAnswer> takeAnswer(UserKey user) {
        return Optional.ofNullable(answers.remove(user));
    }

    /** The next code check (of the user's TOTP logins when given, else of any OTP or TOTP login) fails. */
    void failNextCode(Optional<UserKey> user) {
        user.ifPresentOrElse(wrongCodeOf::add, () -> wrongCode.set(true));
    }

    /** Whether this code check, of {@code user} when known, was arranged to fail; taken when it was. */
    boolean takeWrongCode(Optional<UserKey> user) {
        return user.map(wrongCodeOf::remove).orElse(false) || wrongCode.getAndSet(false);
    }

    /** The next QR login is opened by a camera app (5024). */
    void openNextQrOutsideApp() {
        qrOutsideApp.set(true);
    }

    boolean takeQrOutsideApp() {
        return qrOutsideApp.getAndSet(false);
    }

    /** The next QR scan finds its code expired (5023). */
    void expireNextQrScan() {
        qrExpired.set(true);
    }

    boolean takeQrExpired() {
        return qrExpired.getAndSet(false);
    }

    /** Forgets every arrangement (a reset). */
    void clear() {
        answers.clear();
        wrongCodeOf.clear();
        wrongCode.set(false);
        qrOutsideApp.set(false);
        qrExpired.set(false);
    }
}
