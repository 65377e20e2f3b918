package dev.callgate.calls;

import dev.callgate.routing.MissReason;
import java.time.Instant;

/**
 * A call of either direction, as {@code GET /calls/{id}} shows it.
 *
 * @param missedBy who missed it (C6), for a MISSED call
 * @param missReason why a customer's call was missed (S2, R7), as {@link MissReason#wire()}
 * @param sdpOffer the customer's SDP offer of a user-initiated call, which the agent's browser
 *     answers
 * @param sdpAnswer a business call's answer from the customer's phone; for a customer's call the
 *     accepting agent's answer
 * @param cost the debit at the call's end (B3) as a decimal string with six places, with {@code
 *     currency}; null until then and for calls that cost nothing (B1, B2)
 * @param callerName the customer's WhatsApp profile name, when Meta sent it
 * @param payload the call button's or deep link's payload a customer's call came with
 */
public record CallView(
    Long id,
    String waCallId,
    String numberId,
    String waId,
    CallDirection direction,
    CallStatus status,
    MissedBy missedBy,
    MissReason missReason,
    Long agentId,
    Instant startedAt,
    Instant answeredAt,
    Instant endedAt,
    Integer durationSeconds,
    Integer pulses,
    String cost,
    String currency,
    String market,
    String sdpOffer,
    String sdpAnswer,
    String failure,
    String callerName,
    String payload,
    PayloadSource payloadSource) {}
