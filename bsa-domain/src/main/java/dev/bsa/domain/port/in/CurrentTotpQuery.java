package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.UserKey;
import java.time.Instant;

/** The app's "TOTP authentication" screen: the code of the current time step and how long it shows. */
public interface CurrentTotpQuery {

    /** Rejections: 2008 (unregistered user or no TOTP secret). */
    Result<TotpCode> currentCode(UserKey user);

    /**
     * A TOTP code as the app shows it.
     *
     * @param code             the digits
     * @param stepStart        the start of its time step
     * @param remainingSeconds whole seconds until the next step
     */
    record TotpCode(String code, Instant stepStart, long remainingSeconds) {}
}
