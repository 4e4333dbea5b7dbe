package dev.bsa.client;

import static dev.bsa.client.JsonCalls.segment;

import java.time.Duration;
import java.util.Map;

/**
 * Users' simulated phones (from {@link BsaAdmin#phones()}): device tokens for {@link BsaDevice}, and how
 * each phone answers login requests by itself. Every method blocks and throws a {@link BsaException}
 * when the simulator refused. Thread-safe.
 */
public final class PhoneControls {

    private static final String USERS = "/api/v1/admin/users/";

    private final JsonCalls calls;

    PhoneControls(JsonCalls calls) {
        this.calls = calls;
    }

    /**
     * Gives the user a phone with a new device token (for {@link BsaDevice}).
     *
     * @param userKey the user account
     * @return the device token, shown once
     * @throws BsaException 2008 when there is no such user
     */
    public String register(String userKey) {
        return calls.post(USERS + segment(userKey) + "/device", null, DeviceToken.class)
                .deviceToken();
    }

    /**
     * Takes the user's phone away: its token stops working and logins get 2008.
     *
     * @param userKey the user account
     * @return true when the user had a phone
     */
    public boolean unregister(String userKey) {
        return calls.delete(USERS + segment(userKey) + "/device");
    }

    /**
     * How the user's phone answers.
     *
     * @param userKey the user account
     * @return the behaviour
     */
    public PhoneBehaviour behaviour(String userKey) {
        return calls.get(USERS + segment(userKey) + "/phone", PhoneBehaviour.class);
    }

    /**
     * Makes the user's phone answer as given.
     *
     * @param userKey the user account
     * @param mode    what the phone does
     * @param delay   how long it waits before answering (0 to 10 minutes)
     * @return the behaviour as stored
     */
    public PhoneBehaviour setBehaviour(String userKey, PhoneMode mode, Duration delay) {
        return calls.send(
                "PUT",
                USERS + segment(userKey) + "/phone",
                Map.of("mode", mode.name(), "delayMillis", delay.toMillis()),
                PhoneBehaviour.class);
    }

    /** The answer of a device registration. */
    private record DeviceToken(String deviceToken) {}
}
