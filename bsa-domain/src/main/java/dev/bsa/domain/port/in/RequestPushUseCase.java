package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;

/** Starts a push login ({@code requestAuthCallback}): the user approves on the phone. */
public interface RequestPushUseCase {

    /**
     * Checks the client, the user and the rules, opens the channel and pushes to the user's phone.
     * Rejections: 2000, 2002, 3301, 2008, 5005–5008, 3201, 2010, 5015, 5017.
     */
    Result<SessionStarted> requestPush(RequestPushCommand command);

    /**
     * The website's request, as received.
     *
     * @param clientKey the client key header
     * @param userKey   the user to log in
     */
    record RequestPushCommand(String clientKey, String userKey) {}
}
