package dev.callgate.routing;

import java.time.Instant;

/**
 * A user-initiated call to route.
 *
 * @param callId Callgate's id of the call
 * @param payload the call button's or deep link's payload, if any: a Callgate-signed {@code
 *     agent:<id>} one puts that agent first
 * @param arrivedAt when the connect webhook arrived; the accept window runs from here
 */
public record RingRequest(
    long callId,
    long businessId,
    String numberId,
    String waId,
    String payload,
    Instant arrivedAt) {}
