package dev.callgate.routing.internal;

import dev.callgate.routing.Activity;
import dev.callgate.routing.Availability;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether an agent may be offered a call now: ONLINE (R2, R9), reachable (R12), and neither
 * ringing, on a call nor in wrap-up (R3, R10). The verdict tells offline from busy, so a missed
 * call can say which (all_offline, all_busy).
 *
 * @param heartbeat how recent a console beat must be for the agent to be reachable
 */
record Eligibility(Duration heartbeat) {

  enum Verdict {
    ELIGIBLE,
    /** Not ONLINE, or ONLINE but with no console beating and no API TTL left. */
    OFFLINE,
    /** Available, but ringing, on a call or in wrap-up. */
    BUSY
  }

  Verdict of(AgentState agent, Instant now) {
    if (agent.availability() != Availability.ONLINE || !reachable(agent, now)) {
      return Verdict.OFFLINE;
    }
    if (agent.activity() != Activity.IDLE || inWrapUp(agent, now)) {
      return Verdict.BUSY;
    }
    return Verdict.ELIGIBLE;
  }

  boolean reachable(AgentState agent, Instant now) {
    boolean beating =
        agent.heartbeatAt() != null && !agent.heartbeatAt().plus(heartbeat).isBefore(now);
    boolean viaApi = agent.apiOnlineUntil() != null && agent.apiOnlineUntil().isAfter(now);
    return beating || viaApi;
  }

  static boolean inWrapUp(AgentState agent, Instant now) {
    return agent.wrapUpUntil() != null && agent.wrapUpUntil().isAfter(now);
  }

  /** The activity as shown: an idle agent inside the wrap-up is in WRAP_UP. */
  static Activity shown(AgentState agent, Instant now) {
    return agent.activity() == Activity.IDLE && inWrapUp(agent, now)
        ? Activity.WRAP_UP
        : agent.activity();
  }
}
