package dev.callgate.routing.internal;

import dev.callgate.routing.Activity;
import dev.callgate.routing.Availability;
import java.time.Instant;

/**
 * What eligibility reads of an agent's presence row.
 *
 * @param activity IDLE, RINGING or ON_CALL as stored; wrap-up is {@code wrapUpUntil}
 */
record AgentState(
    long agentId,
    Availability availability,
    Activity activity,
    Instant heartbeatAt,
    Instant apiOnlineUntil,
    Instant wrapUpUntil) {

  /** An agent routing has no row for: offline. */
  static AgentState unknown(long agentId) {
    return new AgentState(agentId, Availability.OFFLINE, Activity.IDLE, null, null, null);
  }
}
