package dev.bsa.client;

/** How a simulated phone answers login requests. */
public enum PhoneMode {
    /** Shows the request and waits for someone to answer it ({@link BsaDevice#approve}, the phone page). */
    MANUAL,
    /** Approves by itself after the delay. */
    AUTO_APPROVE,
    /** Rejects by itself after the delay: the login fails with 5010. */
    AUTO_REJECT,
    /** Never receives the request: the login runs into its deadline (5001). */
    NEVER_ANSWER
}
