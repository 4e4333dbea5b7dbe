package dev.bsa.archfixture.domain.service;

/** Breaks "domain services throw no generic exceptions": throws a bare RuntimeException. */
public final class ThrowsGenericException {

    public void cancel(String sessionId) {
        if (sessionId.isEmpty()) {
            throw new RuntimeException("no session");
        }
    }
}
