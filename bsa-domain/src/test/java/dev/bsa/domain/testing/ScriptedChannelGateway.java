package dev.bsa.domain.testing;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.SessionId;
import dev.bsa.domain.port.out.ChannelGateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ChannelGateway} that opens every channel (and records it) unless told to fail the next ones. Thread-safe. */
public final class ScriptedChannelGateway implements ChannelGateway {

    private final FailureScript script = new FailureScript();
    private final List<SessionId> opened = new CopyOnWriteArrayList<>();

    /** The next {@code calls} openings fail with 5015 and are not recorded. */
    public void failNext(int calls) {
        script.failNext(calls);
    }

    @Override
    public Result<Done> open(AuthSession session) {
        if (script.thisCallFails()) {
            return Result.reject(ErrorCode.CHANNEL_CREATION_FAILED, "scripted channel failure");
        }
        opened.add(session.id());
        return Result.done();
    }

    /** The sessions whose channel was opened, oldest first. */
    public List<SessionId> opened() {
        return List.copyOf(opened);
    }
}
