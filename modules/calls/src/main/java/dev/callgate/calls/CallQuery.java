package dev.callgate.calls;

import java.time.Instant;

/**
 * Which calls to list; every filter is optional.
 *
 * @param from calls started at or after this instant
 * @param to calls started before this instant
 * @param page from 0
 * @param size 1 to 100
 */
public record CallQuery(
    CallDirection direction,
    CallStatus status,
    MissedBy missedBy,
    Long agentId,
    String waId,
    Instant from,
    Instant to,
    int page,
    int size) {}
