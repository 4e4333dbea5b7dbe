/**
 * TypeScript declarations of bsa.js, the BSA-JS browser SDK and Login-Component of the BSA Simulator.
 * Served beside the script (http://localhost:8080/bsa.d.ts). Save it in your project and reference it:
 *
 *   /// <reference path="./bsa.d.ts" />
 *   const bsa = new BSA("demo-client-key");
 *   const tokens = await bsa.promises().requestAuth("alice");
 *
 * The script is a classic script that defines the globals BSA and Guardian (one constructor); these
 * declarations describe those globals.
 */

/** The BSA-JS SDK (also named Guardian). */
declare class BSA {
    /** The version of bsa.js. */
    static readonly version: string;
    /**
     * @param clientKey the website's client key; without it, the content of the page's
     *     <meta name="guardian-ccs-client_key"> (the Login-Component's new Guardian())
     */
    constructor(clientKey?: string);

    /** A push login: the user approves on the phone. */
    requestAuthCallback(userKey: string, onSuccess: BSA.SuccessCallback, onError: BSA.ErrorCallback): void;
    /** A push login; on success the browser goes to successCallLink#accessToken=...&refreshToken=... */
    requestAuth(userKey: string, successCallLink: string, onError: BSA.ErrorCallback): void;
    /**
     * Cancels the user's push login, whoever started it. A login of this page gets 5011 on its own
     * onError; onError hears a failed cancel (3100, 5019), and the 5011 when no login of this page received it.
     */
    onCancel(userKey: string, onError: BSA.ErrorCallback): void;
    setAuthTimer(onTime: BSA.TimerCallback): void;
    setAuthMessage(onMessage: BSA.MessageCallback): void;

    /** An OTP login with the code typed into otpInput; code errors go to onCodeError, or to onError without one. */
    requestOtpCallback(otpInput: HTMLInputElement, onSuccess: BSA.SuccessCallback, onError: BSA.ErrorCallback,
                       onCodeSuccess?: (() => void) | null, onCodeError?: BSA.ErrorCallback | null): void;
    /** An OTP login; on success the browser goes to successCallLink (see requestAuth). */
    requestOtp(otpInput: HTMLInputElement, successCallLink: string, onError: BSA.ErrorCallback,
               onCodeSuccess?: (() => void) | null, onCodeError?: BSA.ErrorCallback | null): void;
    /** Cancels the OTP login of otpInput; onError hears a failed cancel (5019). */
    onOtpCancel(otpInput: HTMLInputElement, onError: BSA.ErrorCallback): void;
    setOtpTimer(onTime: BSA.TimerCallback): void;
    setOtpMessage(onMessage: BSA.MessageCallback): void;

    /** A TOTP login, answered at once. */
    requestTotpCallback(userKey: string, totpCode: string, onSuccess: BSA.SuccessCallback, onError: BSA.ErrorCallback): void;

    /** A QR login, the code shown on qrCanvas (a canvas, an img, or an element to put an img in). */
    requestQrCallback(qrCanvas: BSA.QrTarget, onSuccess: BSA.SuccessCallback, onError: BSA.ErrorCallback): void;
    /** A QR login; on success the browser goes to successCallLink (see requestAuth). */
    requestQr(qrCanvas: BSA.QrTarget, successCallLink: string, onError: BSA.ErrorCallback): void;
    /** Cancels the QR login shown on qrCanvas; onError hears a failed cancel (5019). */
    onQrCancel(qrCanvas: BSA.QrTarget, onError: BSA.ErrorCallback): void;
    setQrTimer(onTime: BSA.TimerCallback): void;
    setQrMessage(onMessage: BSA.MessageCallback): void;

    /** The same flows as Promises. */
    promises(): BSA.Promises;

    /**
     * Login-Component: called after each login made in the dialog of a .guardian_btn, with the access
     * token and both tokens. One callback per instance; calling again replaces it.
     */
    setSuccessCallback(onSuccess: (token: string, tokens: { accessToken: string; refreshToken: string }) => void): void;
}

/** The types of bsa.js, and the error its Promise forms reject with (BSA.BsaError, also a value). */
declare namespace BSA {
    /** A BSA error code: 2000, 2002, 2008, 2010, 3005, 3100, 3201, 3301, 5001, 5005-5008, 5010, 5011, 5015, 5017, 5019, 5022-5024, 5026, 2001. */
    type ErrorCode = number;

    /** The status strings a message callback receives, in order. */
    type AuthStatus =
        | "RequestAuth" | "CreateChannel" | "SelectNodes" | "StartAuth" | "StartVerificationOfNodes"
        | "CompleteVerificationOfNodes" | "RequestCancel" | "AuthCanceled" | "AuthFailed" | "AuthCompleted" | "AuthTimeout";

    /**
     * What a login gives on success. It also reads as the access token wherever a string is expected
     * (String(tokens), `${tokens}`, 'token: ' + tokens), as the Guardian-JS pages call it "token";
     * JSON.stringify and Object.keys see only the two tokens.
     */
    interface Tokens {
        /** A signed JWT (ES256): subject = user key, audience = client key. */
        readonly accessToken: string;
        /** An opaque, single-use refresh token. */
        readonly refreshToken: string;
        /** The access token. */
        toString(): string;
        /** The access token. */
        valueOf(): string;
    }

    /** onError(errorCode, errorMsg): errorCode is a number (5010, 2008, ...). */
    type ErrorCallback = (errorCode: ErrorCode, errorMsg: string) => void;
    type SuccessCallback = (data: Tokens) => void;
    type TimerCallback = (seconds: number) => void;
    type MessageCallback = (status: AuthStatus) => void;

    /** Where a QR code can be shown: drawn on a canvas, as an image's source, or in an image put inside an element. */
    type QrTarget = HTMLCanvasElement | HTMLImageElement | HTMLElement;

    /** What a Promise form rejects with. */
    class BsaError extends Error {
        readonly name: "BsaError";
        /** The BSA error code. */
        readonly code: ErrorCode;
        constructor(code: ErrorCode, message: string);
    }

    /** The flows as Promises (bsa.promises()); the instance's timer and message callbacks apply. */
    interface Promises {
        /** A push login; resolves once the user approves on the phone. */
        requestAuth(userKey: string): Promise<Tokens>;
        /** An OTP login with the code typed into otpInput; code errors (3005, ...) reject too. */
        requestOtp(otpInput: HTMLInputElement, onCodeSuccess?: () => void): Promise<Tokens>;
        /** A TOTP login, answered at once. */
        requestTotp(userKey: string, totpCode: string): Promise<Tokens>;
        /** A QR login, the code shown on qrTarget. */
        requestQr(qrTarget: QrTarget): Promise<Tokens>;
        /** Cancels the user's push login; rejects with 3100 or 5019. */
        cancelAuth(userKey: string): Promise<void>;
        /** Cancels the OTP login of otpInput; rejects with 5019. */
        cancelOtp(otpInput: HTMLInputElement): Promise<void>;
        /** Cancels the QR login shown on qrTarget; rejects with 5019. */
        cancelQr(qrTarget: QrTarget): Promise<void>;
    }
}

/** The same constructor as BSA, under the name of the Guardian-JS pages. */
declare const Guardian: typeof BSA;
type Guardian = BSA;

interface Window {
    BSA: typeof BSA;
    Guardian: typeof BSA;
    /** Where the simulator is, when bsa.js is not loaded from it (read by new BSA(...)). */
    BSA_CONFIG?: { baseUrl?: string };
    /** Login-Component: called after each login made in its dialog, with the access token. */
    onGuardianSuccess?: (token: string, tokens: { accessToken: string; refreshToken: string }) => void;
}
