package dev.bsa.client.internal;

/**
 * How an authentication channel ended.
 *
 * @param status       the terminal status, e.g. {@code "AuthCompleted"}, or null when the channel failed
 * @param errorCode    the error code, 0 on success
 * @param errorMessage the error message, or null
 * @param accessToken  the access token on success, else null
 * @param refreshToken the refresh token on success, else null
 */
public record ChannelOutcome(
        String status, int errorCode, String errorMessage, String accessToken, String refreshToken) {

    /**
     * Whether the session completed with tokens.
     *
     * @return true on success
     */
    public boolean succeeded() {
        return errorCode == 0 && accessToken != null && refreshToken != null;
    }

    /** The outcome of a channel that could not be watched, or failed. */
    static ChannelOutcome failure(ApiFailure failure) {
        return new ChannelOutcome(null, failure.code(), failure.getMessage(), null, null);
    }

    @Override
    public String toString() {
        return "ChannelOutcome[status=" + status + ", errorCode=" + errorCode + ", errorMessage=" + errorMessage + "]";
    }
}
