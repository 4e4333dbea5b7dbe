package dev.bsa.bench.load;

import dev.bsa.domain.model.TotpSecret;
import java.util.Objects;

/**
 * A user a load run logs in.
 *
 * @param key        the user key
 * @param totpSecret the TOTP secret the simulator holds for the user (what the BSA app computes codes from)
 */
public record LoadUser(String key, TotpSecret totpSecret) {

    public LoadUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(totpSecret, "totpSecret");
    }
}
