package dev.callgate.calls;

import dev.callgate.routing.MissReason;
import java.time.Instant;

/**
 * A customer to call back after their call was missed by agent (R7): one open task per customer,
 * however often they tried meanwhile.
 *
 * @param agentId the first agent of the missed call's chain, or null when the chain had nobody
 * @param missedCallId the latest missed call; {@code missedCalls} counts them all
 * @param reason why the latest call was missed
 * @param closedByCallId the call that reached the customer and closed the task
 */
public record CallbackTaskView(
    long id,
    String numberId,
    String waId,
    Long agentId,
    CallbackStatus status,
    long missedCallId,
    int missedCalls,
    MissReason reason,
    Instant createdAt,
    Instant closedAt,
    Long closedByCallId) {}
