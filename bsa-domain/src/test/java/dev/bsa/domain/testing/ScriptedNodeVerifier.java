package dev.bsa.domain.testing;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.port.out.NodeVerifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link NodeVerifier} that verifies every session (and records it) unless told to fail the next ones. Thread-safe. */
public final class ScriptedNodeVerifier implements NodeVerifier {

    private final FailureScript script = new FailureScript();
    private final List<SessionId> verified = new CopyOnWriteArrayList<>();

    /** The next {@code calls} verifications fail with 5022 and are not recorded. */
    public void failNext(int calls) {
        script.failNext(calls);
    }

    @Override
    public Result<Done> verify(AuthSession session) {
        if (script.thisCallFails()) {
            return Result.reject(ErrorCode.NODE_VERIFICATION_FAILED, "scripted node failure");
        }
        verified.add(session.id());
        return Result.done();
    }

    /** The sessions the nodes verified, oldest first. */
    public List<SessionId> verified() {
        return List.copyOf(verified);
    }
}
