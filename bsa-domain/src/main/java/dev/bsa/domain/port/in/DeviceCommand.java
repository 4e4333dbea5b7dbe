package dev.bsa.domain.port.in;

import dev.bsa.domain.model.UserKey;
import java.util.Objects;

/**
 * An answer from a user's phone to one of the user's sessions.
 *
 * @param user      the phone's user (authenticated by its device token)
 * @param sessionId the session answered, as received
 */
public record DeviceCommand(UserKey user, String sessionId) {

    public DeviceCommand {
        Objects.requireNonNull(user, "user");
    }
}
