package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.UserKey;
import java.util.List;

/** Read-only questions about sessions, for the website's status polling and the phone's inbox. */
public interface SessionQueries {

    /**
     * The session behind a channel, for the website that owns it; a due session is expired first.
     * Rejections: 2000, 2002, 2004 (unknown channel or another client's).
     */
    Result<AuthSession> statusByChannel(String clientKey, String channelKey);

    /** The user's login requests waiting for an answer on the phone (at most one). */
    List<AuthSession> pendingFor(UserKey user);
}
