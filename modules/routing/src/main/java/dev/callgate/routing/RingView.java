package dev.callgate.routing;

import java.time.Instant;

/**
 * The routing of one inbound call.
 *
 * @param deadline the end of the accept window: no offer rings past it (C3)
 * @param firstAgentId the first agent of the chain: the first one offered the call, else the first
 *     candidate whatever their presence; who a callback task goes to
 * @param agentId the agent accepting or who took the call
 * @param missReason why it was missed, when {@code status} is MISSED
 */
public record RingView(
    long callId,
    long businessId,
    String numberId,
    RingStatus status,
    Instant startedAt,
    Instant deadline,
    Long firstAgentId,
    Long agentId,
    MissReason missReason) {}
