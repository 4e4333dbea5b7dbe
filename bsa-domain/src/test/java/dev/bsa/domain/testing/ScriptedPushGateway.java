package dev.bsa.domain.testing;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.PushNotification;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.PushGateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link PushGateway} that delivers every push (and records it) unless told to fail the next ones. Thread-safe. */
public final class ScriptedPushGateway implements PushGateway {

    private final FailureScript script = new FailureScript();
    private final List<PushNotification> sent = new CopyOnWriteArrayList<>();

    /** The next {@code calls} sends fail with 5017 and are not recorded. */
    public void failNext(int calls) {
        script.failNext(calls);
    }

    @Override
    public Result<Done> send(PushNotification notification) {
        if (script.thisCallFails()) {
            return Result.reject(ErrorCode.PUSH_FAILED, "scripted push failure");
        }
        sent.add(notification);
        return Result.done();
    }

    /** Every push delivered, oldest first. */
    public List<PushNotification> sent() {
        return List.copyOf(sent);
    }

    /** The pushes delivered to one user, oldest first. */
    public List<PushNotification> sentTo(UserKey user) {
        return sent.stream()
                .filter(notification -> notification.user().equals(user))
                .toList();
    }
}
