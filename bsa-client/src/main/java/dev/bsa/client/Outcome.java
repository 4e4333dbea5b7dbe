package dev.bsa.client;

/**
 * Every outcome a website's login must handle, as the simulator's outcome catalogue names them; {@link
 * BsaAdmin#arrangeNext(Outcome, String)} makes a user's next login end in one of them.
 */
public enum Outcome {
    /** Approved on the phone: tokens. */
    APPROVED(0),
    /** Rejected on the phone: 5010. */
    REJECTED(5010),
    /** Never answered before the deadline: 5001 (needs the simulator's virtual clock to happen at once). */
    TIMED_OUT(5001),
    /** Cancelled before it was answered: 5011. */
    CANCELED(5011),
    /** A login of the user is already running: 2010. */
    ALREADY_IN_PROGRESS(2010),
    /** The account is not approved: 5005. */
    NOT_APPROVED(5005),
    /** The account is temporarily suspended: 5006. */
    TEMPORARILY_SUSPENDED(5006),
    /** The account is permanently suspended: 5007. */
    PERMANENTLY_SUSPENDED(5007),
    /** The user has withdrawn: 5008. */
    WITHDRAWN(5008),
    /** The user has no registered phone: 2008. */
    NO_PHONE(2008),
    /** The user has not linked the website: 3201. */
    NOT_LINKED(3201),
    /** The website has no login type configured for the method: 3301. */
    LOGIN_TYPE_NOT_CONFIGURED(3301),
    /** The website's client key is refused: 2000. */
    INVALID_CLIENT_KEY(2000),
    /** The channel could not be created: 5015. */
    CHANNEL_FAILED(5015),
    /** The push could not be sent: 5017. */
    PUSH_FAILED(5017),
    /** The approval could not be verified: 5022. */
    NODE_FAILED(5022),
    /** The service failed: 2001. */
    SERVER_ERROR(2001),
    /** The code is wrong: 3005. */
    WRONG_CODE(3005),
    /** Too many TOTP attempts today: 5026. */
    DAILY_LIMIT(5026),
    /** The QR code was opened outside the BSA app: 5024. */
    QR_OUTSIDE_APP(5024),
    /** The phone's scan found the QR code expired: 5023. */
    QR_EXPIRED(5023);

    private final int code;

    Outcome(int code) {
        this.code = code;
    }

    /**
     * The code the login ends with.
     *
     * @return the catalogue code, 0 for {@link #APPROVED}
     */
    public int code() {
        return code;
    }
}
