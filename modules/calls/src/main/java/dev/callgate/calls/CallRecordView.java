package dev.callgate.calls;

import java.time.Instant;

/**
 * A call as its webhooks describe it.
 *
 * @param state CONNECTING, RINGING, ACCEPTED, REJECTED, or the terminal COMPLETED or FAILED
 */
public record CallRecordView(
    String waCallId,
    String phoneNumberId,
    String direction,
    String state,
    boolean terminal,
    Instant startedAt,
    Instant endedAt,
    Integer durationSeconds) {}
