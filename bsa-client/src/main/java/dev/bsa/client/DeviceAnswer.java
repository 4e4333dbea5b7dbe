package dev.bsa.client;

/**
 * A session after the phone's answer.
 *
 * @param sessionId the session
 * @param status    its status now, e.g. {@code "AuthCompleted"} or {@code "AuthFailed"}
 * @param errorCode the code it failed with, or null
 */
public record DeviceAnswer(String sessionId, String status, Integer errorCode) {}
