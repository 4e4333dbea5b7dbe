package dev.bsa.client;

/**
 * The failures still queued, per step.
 *
 * @param channel next channel creations that fail (5015)
 * @param push    next push sends that fail (5017)
 * @param node    next node verifications that fail (5022)
 * @param server  next website calls that fail with a server error (2001)
 * @param clientKey next website calls refused as if their client key were unknown (2000)
 */
public record FaultCounts(int channel, int push, int node, int server, int clientKey) {}
