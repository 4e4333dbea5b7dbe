package dev.bsa.sim.application.model;

import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.model.AuthMethod;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every outcome a website's login must handle, as one catalogue: the code it ends with, the flows it can end,
 * what the user sees, what the site should do, and whether arranging it names a user. One call arranges a
 * user's next login (or the next login of a flow) to end in it.
 */
public enum Outcome {
    APPROVED(
            null,
            every(),
            true,
            "the phone asks for approval; the user approves with a biometric or PIN",
            "the user is logged in: keep the access token, refresh it with the refresh token"),
    REJECTED(
            ErrorCode.AUTH_REJECTED,
            pushLike(),
            true,
            "the user pressed reject on the phone",
            "say the login was refused on the phone; offer to try again"),
    TIMED_OUT(
            ErrorCode.AUTH_TIMEOUT,
            pushLike(),
            true,
            "the phone's request was never answered within the deadline",
            "say the request expired; offer to send a new one"),
    CANCELED(
            ErrorCode.AUTH_CANCELED,
            pushLike(),
            true,
            "the login was cancelled (by the page, another tab or the user) before it was answered",
            "return to the login form; nothing to report as an error"),
    ALREADY_IN_PROGRESS(
            ErrorCode.AUTH_IN_PROGRESS,
            EnumSet.of(AuthMethod.PUSH, AuthMethod.TOTP),
            true,
            "nothing new: a login of this user is already running elsewhere",
            "tell the user a login is already waiting on the phone; offer to cancel it (onCancel) and retry"),
    NOT_APPROVED(
            ErrorCode.USER_NOT_APPROVED,
            byUserKey(),
            true,
            "the account is not approved yet",
            "say the account awaits approval; do not retry"),
    TEMPORARILY_SUSPENDED(
            ErrorCode.USER_TEMPORARILY_SUSPENDED,
            byUserKey(),
            true,
            "the account is temporarily suspended",
            "say the account is suspended for now; point to support"),
    PERMANENTLY_SUSPENDED(
            ErrorCode.USER_PERMANENTLY_SUSPENDED,
            byUserKey(),
            true,
            "the account is permanently suspended",
            "say the account is closed for logins; point to support"),
    WITHDRAWN(
            ErrorCode.USER_WITHDRAWN,
            byUserKey(),
            true,
            "the user has left the service",
            "say the account no longer exists; offer to sign up again"),
    NO_PHONE(
            ErrorCode.UNREGISTERED_USER,
            byUserKey(),
            true,
            "no push arrives: the user has no registered phone",
            "ask the user to install the BSA app and register, or use another login"),
    NOT_LINKED(
            ErrorCode.CLIENT_NOT_LINKED,
            byUserKey(),
            true,
            "the user has not linked this website in the app",
            "ask the user to link the site in the BSA app first"),
    LOGIN_TYPE_NOT_CONFIGURED(
            ErrorCode.LOGIN_TYPE_NOT_CONFIGURED,
            byUserKey(),
            true,
            "the website is not configured for this login method",
            "a set-up error of the site: enable the method for the client key, or hide that login"),
    INVALID_CLIENT_KEY(
            ErrorCode.INVALID_CLIENT_KEY,
            every(),
            false,
            "nothing happens: the website's client key is refused",
            "a set-up error of the site: check the client key it sends"),
    CHANNEL_FAILED(
            ErrorCode.CHANNEL_CREATION_FAILED,
            pushLikeAndQr(),
            false,
            "nothing happens: the service could not open the login's channel",
            "a service error: say so and offer to retry in a moment"),
    PUSH_FAILED(
            ErrorCode.PUSH_FAILED,
            pushLike(),
            false,
            "no push arrives: it could not be sent",
            "say the phone could not be reached; offer to retry or another method (OTP, TOTP, QR)"),
    NODE_FAILED(
            ErrorCode.NODE_VERIFICATION_FAILED,
            pushLikeAndQr(),
            false,
            "the user approved, but the service could not verify the approval",
            "a service error: say so and offer to retry"),
    SERVER_ERROR(
            ErrorCode.SERVER_ERROR,
            every(),
            false,
            "nothing happens: the service failed",
            "a service error: say so, offer to retry, and report the correlation id if it persists"),
    WRONG_CODE(
            ErrorCode.CODE_VERIFICATION_FAILED,
            EnumSet.of(AuthMethod.OTP, AuthMethod.TOTP),
            false,
            "the code typed is wrong, expired or already used",
            "say the code is wrong; let the user type it again"),
    DAILY_LIMIT(
            ErrorCode.TOTP_DAILY_LIMIT_EXCEEDED,
            EnumSet.of(AuthMethod.TOTP),
            true,
            "too many TOTP attempts today",
            "say TOTP is locked for today; offer another login method"),
    QR_OUTSIDE_APP(
            ErrorCode.QR_NOT_FROM_APP,
            EnumSet.of(AuthMethod.QR),
            false,
            "the QR code was opened by a camera app or browser, not the BSA app",
            "say to scan with the BSA app and draw a new QR code"),
    QR_EXPIRED(
            ErrorCode.INVALID_QR,
            EnumSet.of(AuthMethod.QR),
            false,
            "the phone says the scanned QR code is invalid or expired (the website's QR login keeps waiting)",
            "draw a new QR code (call requestQrCallback again) when the current one runs out");

    private final ErrorCode code;
    private final Set<AuthMethod> flows;
    private final boolean namesUser;
    private final String userSees;
    private final String siteShould;

    Outcome(ErrorCode code, Set<AuthMethod> flows, boolean namesUser, String userSees, String siteShould) {
        this.code = code;
        this.flows = Set.copyOf(flows);
        this.namesUser = namesUser;
        this.userSees = userSees;
        this.siteShould = siteShould;
    }

    /** The code the login ends with; empty for {@link #APPROVED}. */
    public Optional<ErrorCode> code() {
        return Optional.ofNullable(code);
    }

    /** The login methods that can end this way. */
    public Set<AuthMethod> flows() {
        return flows;
    }

    /** True when arranging it needs a user key (else it applies to the next login of anyone). */
    public boolean namesUser() {
        return namesUser;
    }

    /** What the user sees, in a sentence. */
    public String userSees() {
        return userSees;
    }

    /** What the website should do, in a sentence. */
    public String siteShould() {
        return siteShould;
    }

    private static Set<AuthMethod> every() {
        return EnumSet.allOf(AuthMethod.class);
    }

    private static Set<AuthMethod> pushLike() {
        return EnumSet.of(AuthMethod.PUSH, AuthMethod.OTP);
    }

    private static Set<AuthMethod> pushLikeAndQr() {
        return EnumSet.of(AuthMethod.PUSH, AuthMethod.OTP, AuthMethod.QR);
    }

    private static Set<AuthMethod> byUserKey() {
        return EnumSet.of(AuthMethod.PUSH, AuthMethod.OTP, AuthMethod.TOTP);
    }
}
