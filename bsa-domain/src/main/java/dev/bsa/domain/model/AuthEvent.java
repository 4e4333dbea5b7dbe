package dev.bsa.domain.model;

import dev.bsa.domain.error.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happens to an authentication session. The {@link TransitionTable} says, for each
 * status and each kind of event, which status follows, or that the event is rejected.
 */
public sealed interface AuthEvent {

    /** The code a session that this event fails, times out or cancels ends with; empty otherwise. */
    default Optional<ErrorCode> error() {
        return Optional.empty();
    }

    /** The tokens a session that this event completes carries; empty otherwise. */
    default Optional<IssuedTokens> tokens() {
        return Optional.empty();
    }

    /** The live channel of the session was opened. */
    record ChannelCreated() implements AuthEvent {}

    /** The channel could not be opened (5015). */
    record ChannelCreationFailed() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.CHANNEL_CREATION_FAILED);
        }
    }

    /** The nodes that will verify the authentication were chosen. */
    record NodesSelected() implements AuthEvent {}

    /** The push notification could not be sent to the phone (5017). */
    record PushFailed() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.PUSH_FAILED);
        }
    }

    /** The user opened the request on the phone. */
    record AuthStarted() implements AuthEvent {}

    /**
     * The BSA app of {@code user} scanned the session's QR code; the session is now the user's.
     *
     * @param user the scanning user
     */
    record QrScanned(UserKey user) implements AuthEvent {
        public QrScanned {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The QR code was opened by something other than the BSA app (5024). */
    record QrScannedOutsideApp() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.QR_NOT_FROM_APP);
        }
    }

    /**
     * A check made after the session started refused it: the scanning user's status or link for QR,
     * the daily limit or the code for TOTP.
     *
     * @param code why
     */
    record Refused(ErrorCode code) implements AuthEvent {
        public Refused {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(code);
        }
    }

    /** The user passed the phone's secondary authentication (biometric or PIN) and approved. */
    record SecondFactorPassed() implements AuthEvent {}

    /** The nodes verified the authentication. */
    record NodesVerified() implements AuthEvent {}

    /** Node verification failed (5022). */
    record NodeVerificationFailed() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.NODE_VERIFICATION_FAILED);
        }
    }

    /**
     * Tokens were issued for the verified session.
     *
     * @param issued the tokens
     */
    record TokensIssued(IssuedTokens issued) implements AuthEvent {
        public TokensIssued {
            Objects.requireNonNull(issued, "issued");
        }

        @Override
        public Optional<IssuedTokens> tokens() {
            return Optional.of(issued);
        }
    }

    /**
     * The TOTP code was right and tokens were issued at once.
     *
     * @param issued the tokens
     */
    record TotpVerified(IssuedTokens issued) implements AuthEvent {
        public TotpVerified {
            Objects.requireNonNull(issued, "issued");
        }

        @Override
        public Optional<IssuedTokens> tokens() {
            return Optional.of(issued);
        }
    }

    /** The user rejected the request on the phone (5010). */
    record UserRejected() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.AUTH_REJECTED);
        }
    }

    /** The session's deadline passed before it ended (5001). */
    record DeadlinePassed() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.AUTH_TIMEOUT);
        }
    }

    /** The website asked to cancel. */
    record CancelRequested() implements AuthEvent {}

    /** The cancel took effect (5011, which is also the success signal of a cancel). */
    record CancelConfirmed() implements AuthEvent {
        @Override
        public Optional<ErrorCode> error() {
            return Optional.of(ErrorCode.AUTH_CANCELED);
        }
    }
}
