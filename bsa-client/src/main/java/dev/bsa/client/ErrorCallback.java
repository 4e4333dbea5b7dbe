package dev.bsa.client;

/**
 * BSA-JS's error callback shape {@code (errorCode, errorMsg) => ...}: what {@code onError},
 * {@code onCodeError} and the cancel callbacks receive.
 */
@FunctionalInterface
public interface ErrorCallback {

    /**
     * Called with the error.
     *
     * @param errorCode the catalogue's numeric code, e.g. {@code 5011} (see {@link dev.bsa.domain.error.ErrorCode})
     * @param errorMsg  the server's message for it
     */
    void onError(int errorCode, String errorMsg);
}
