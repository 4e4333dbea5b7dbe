package dev.bsa.domain.port.in;

/** Ends every live session whose deadline has come ({@code AuthTimeout}, 5001) and purges used-up data. */
public interface ExpireDueSessionsUseCase {

    /** Expires what is due now; returns how many sessions timed out. */
    int expireDue();
}
