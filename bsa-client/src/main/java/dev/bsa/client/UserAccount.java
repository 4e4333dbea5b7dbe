package dev.bsa.client;

import dev.bsa.domain.model.UserStatus;

/**
 * A BSA user as the simulator's control plane sees it.
 *
 * @param userKey          the user account
 * @param status           the account status (every status but ACTIVE blocks logins with its own code)
 * @param deviceRegistered true while the user has a phone (else logins get 2008)
 * @param totpSecret       the TOTP secret in Base32, or null
 */
public record UserAccount(String userKey, UserStatus status, boolean deviceRegistered, String totpSecret) {

    /** Names the user and status only: the secret stays out of logs. */
    @Override
    public String toString() {
        return "UserAccount[userKey=" + userKey + ", status=" + status + ", deviceRegistered=" + deviceRegistered + "]";
    }
}
