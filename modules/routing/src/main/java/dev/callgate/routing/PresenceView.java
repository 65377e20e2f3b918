package dev.callgate.routing;

import java.time.Instant;

/**
 * An agent's presence as every module and the API see it.
 *
 * @param reachable whether a console of theirs beat recently, or an integration set them ONLINE
 *     within the presence TTL (R12); an unreachable agent is never offered a call
 * @param callId the call the agent rings for or is on, when {@code activity} says so
 * @param wrapUpUntil the end of the wrap-up after the last call (R10), while it lasts
 * @param reason why the availability last changed, as shown to the agent ("did not answer 3 calls
 *     in a row", say); null when the agent set it themselves
 */
public record PresenceView(
    long agentId,
    long businessId,
    Availability availability,
    Activity activity,
    boolean reachable,
    Long callId,
    Instant wrapUpUntil,
    String reason,
    Instant changedAt) {

  /** The contract's {@code onCall}: on a call of either direction. */
  public boolean onCall() {
    return activity == Activity.ON_CALL;
  }

  /** An agent routing has never heard of: offline, idle. */
  public static PresenceView offline(long businessId, long agentId) {
    return new PresenceView(
        agentId, businessId, Availability.OFFLINE, Activity.IDLE, false, null, null, null, null);
  }
}
