package dev.bsa.archfixture.domain.port.in;

/** A use case: what entry adapters call. */
public interface LookUpSession {

    String status(String sessionId);
}
