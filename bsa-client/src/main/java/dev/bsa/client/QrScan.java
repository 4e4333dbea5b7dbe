package dev.bsa.client;

/**
 * A QR login after the phone scanned its code.
 *
 * @param sessionId the session the scan bound to the phone's user
 * @param status    its status now, e.g. {@code "StartAuth"}
 */
public record QrScan(String sessionId, String status) {}
