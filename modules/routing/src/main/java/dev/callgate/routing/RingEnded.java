package dev.callgate.routing;

import java.time.Instant;

/**
 * Routing gave up on a call: the number was closed (S2), nobody of the chain could be offered it,
 * or nobody accepted within the accept window (R7). The calls module records the call missed by
 * agent and rejects it to Meta. Fired inside the transaction that decided it.
 *
 * @param firstAgentId the first agent of the chain (who a callback task goes to), or null
 */
public record RingEnded(
    long callId, long businessId, MissReason reason, Long firstAgentId, Instant at) {}
