package dev.callgate.calls;

import java.time.Instant;

/**
 * A call as {@code GET /calls/{id}} shows it.
 *
 * @param status INITIATED, RINGING, ACCEPTED, REJECTED, COMPLETED, FAILED or MISSED
 * @param missedBy null, AGENT or CUSTOMER (C6)
 * @param sdpAnswer the callee's SDP answer once the connect webhook brought it
 * @param cost the debit at the call's end (B3) as a decimal string with six places, with {@code
 *     currency}; null until then and for calls that cost nothing
 */
public record CallView(
    Long id,
    String waCallId,
    String numberId,
    String waId,
    String direction,
    String status,
    String missedBy,
    Long agentId,
    Instant startedAt,
    Instant answeredAt,
    Instant endedAt,
    Integer durationSeconds,
    Integer pulses,
    String cost,
    String currency,
    String market,
    String sdpAnswer,
    String failure) {}
