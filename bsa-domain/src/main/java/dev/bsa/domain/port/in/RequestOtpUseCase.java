package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;

/** Starts an OTP login ({@code requestOtpCallback}): the typed app code names the user, who then approves by push. */
public interface RequestOtpUseCase {

    /**
     * Verifies the app code (the code stage: 2000, 2002, 3301, 3005, 3201), then checks the code's
     * user and pushes to the phone (2008, 5005–5008, 2010, 5015, 5017). The code is used up only
     * when every check before the push passed.
     */
    Result<SessionStarted> requestOtp(RequestOtpCommand command);

    /**
     * The website's request, as received.
     *
     * @param clientKey the client key header
     * @param code      what the user typed
     */
    record RequestOtpCommand(String clientKey, String code) {}
}
