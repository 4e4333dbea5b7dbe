package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.model.SessionId;

/** Logs in with a TOTP code ({@code requestTotpCallback}), answered at once. */
public interface RequestTotpUseCase {

    /**
     * Checks the client and the user, counts the attempt against the daily limit, verifies the code
     * in the window and against replay, and issues tokens. Rejections: 2000, 2002, 3301, 2008,
     * 5005–5008, 3201, 2010, 5026, 3005.
     */
    Result<TotpLogin> requestTotp(RequestTotpCommand command);

    /**
     * The website's request, as received.
     *
     * @param clientKey the client key header
     * @param userKey   the user
     * @param code      the TOTP code the user typed
     */
    record RequestTotpCommand(String clientKey, String userKey, String code) {}

    /**
     * A successful TOTP login.
     *
     * @param session the (completed) session
     * @param tokens  the tokens
     */
    record TotpLogin(SessionId session, IssuedTokens tokens) {}
}
