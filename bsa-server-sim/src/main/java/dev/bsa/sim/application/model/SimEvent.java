package dev.bsa.sim.application.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of entry of the simulator's live event stream (the admin console's log), one record per kind.
 * The stream numbers and stamps each one ({@link Numbered}); {@link #type()} is the SSE event name.
 */
public sealed interface SimEvent
        permits SimEvent.StatusChanged, SimEvent.PushSent, SimEvent.ClockMoved, SimEvent.AdminChange {

    /** The event's kind on the wire: {@code status}, {@code push}, {@code clock} or {@code admin}. */
    String type();

    /**
     * An event as the stream delivers it.
     *
     * @param id    increasing number, unique per simulator run
     * @param at    when it was published, by the simulator's clock
     * @param event what happened
     */
    record Numbered(long id, Instant at, SimEvent event) {
        public Numbered {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * A session entered a status.
     *
     * @param sessionId the session
     * @param method    its method
     * @param clientKey its website
     * @param userKey   its user, once known
     * @param status    the status's wire name
     * @param sequence  the status's position in the session's history
     * @param errorCode the code of a failed, timed-out or canceled end
     */
    record StatusChanged(
            String sessionId,
            String method,
            String clientKey,
            Optional<String> userKey,
            String status,
            int sequence,
            Optional<Integer> errorCode)
            implements SimEvent {
        @Override
        public String type() {
            return "status";
        }
    }

    /**
     * A push reached a user's phone.
     *
     * @param sessionId the login
     * @param userKey   the user
     * @param clientKey the website
     * @param method    PUSH or OTP
     */
    record PushSent(String sessionId, String userKey, String clientKey, String method) implements SimEvent {
        @Override
        public String type() {
            return "push";
        }
    }

    /**
     * The virtual clock moved (forward by {@code advancedMillis}, or set or rewound to {@code now}).
     *
     * @param now            the clock's instant afterwards
     * @param advancedMillis how far it moved (negative when set back)
     * @param expired        how many sessions fell due and timed out
     * @param rewound        true when a reset put it back to its start
     */
    record ClockMoved(Instant now, long advancedMillis, int expired, boolean rewound) implements SimEvent {
        @Override
        public String type() {
            return "clock";
        }
    }

    /** A change made through the control plane; {@link #action()} names it. */
    sealed interface AdminChange extends SimEvent {

        /** What was done, e.g. {@code user-saved}. */
        String action();

        @Override
        default String type() {
            return "admin";
        }
    }

    /** @param clientKey the website registered or replaced */
    record ClientSaved(String clientKey) implements AdminChange {
        @Override
        public String action() {
            return "client-saved";
        }
    }

    /** @param clientKey the website removed */
    record ClientDeleted(String clientKey) implements AdminChange {
        @Override
        public String action() {
            return "client-deleted";
        }
    }

    /**
     * A user was registered or replaced.
     *
     * @param userKey          the user
     * @param status           the account status
     * @param deviceRegistered whether a phone is registered
     */
    record UserSaved(String userKey, String status, boolean deviceRegistered) implements AdminChange {
        @Override
        public String action() {
            return "user-saved";
        }
    }

    /** @param userKey the user removed */
    record UserDeleted(String userKey) implements AdminChange {
        @Override
        public String action() {
            return "user-deleted";
        }
    }

    /**
     * A user linked a website.
     *
     * @param userKey   the user
     * @param clientKey the website
     */
    record Linked(String userKey, String clientKey) implements AdminChange {
        @Override
        public String action() {
            return "linked";
        }
    }

    /**
     * A link was removed.
     *
     * @param userKey   the user
     * @param clientKey the website
     */
    record Unlinked(String userKey, String clientKey) implements AdminChange {
        @Override
        public String action() {
            return "unlinked";
        }
    }

    /** @param userKey the user who got a phone (or a new token for it) */
    record DeviceRegistered(String userKey) implements AdminChange {
        @Override
        public String action() {
            return "device-registered";
        }
    }

    /** @param userKey the user whose phone was removed */
    record DeviceUnregistered(String userKey) implements AdminChange {
        @Override
        public String action() {
            return "device-unregistered";
        }
    }

    /**
     * A user's simulated phone behaviour was set.
     *
     * @param userKey     the user
     * @param mode        the behaviour
     * @param delayMillis its delay
     */
    record PhoneBehaviourSet(String userKey, String mode, long delayMillis) implements AdminChange {
        @Override
        public String action() {
            return "phone-behaviour";
        }
    }

    /** The whole state was replaced by an imported document. */
    record StateImported() implements AdminChange {
        @Override
        public String action() {
            return "state-imported";
        }
    }

    /** The state was wiped and the seed loaded again. */
    record StateReset() implements AdminChange {
        @Override
        public String action() {
            return "reset";
        }
    }
}
