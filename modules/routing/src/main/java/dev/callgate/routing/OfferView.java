package dev.callgate.routing;

import java.time.Instant;

/**
 * One agent offered one inbound call.
 *
 * @param callId Callgate's id of the call ({@code GET /calls/{id}})
 * @param expiresAt when it stops ringing unless answered (ring time, capped by the accept window)
 */
public record OfferView(
    long id,
    long callId,
    long businessId,
    String numberId,
    String waId,
    long agentId,
    OfferStep step,
    Instant offeredAt,
    Instant expiresAt,
    OfferOutcome outcome,
    Instant closedAt) {}
