package dev.bsa.domain.model;

/** The ways a website can log a user in with BSA. */
public enum AuthMethod {
    /** A push to the user's phone, approved in the app ({@code requestAuthCallback}). */
    PUSH,
    /** A one-time code shown in the app, typed on the website, then approved by push ({@code requestOtpCallback}). */
    OTP,
    /** An RFC 6238 code computed offline by the app, verified at once ({@code requestTotpCallback}). */
    TOTP,
    /** A QR code drawn by the website, scanned and approved in the app ({@code requestQrCallback}). */
    QR;

    /** True when the method opens a live channel with a deadline (all but TOTP). */
    public boolean hasChannel() {
        return this != TOTP;
    }
}
