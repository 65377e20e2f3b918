package dev.callgate.routing.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.routing.Availability;
import dev.callgate.routing.PresenceChanged;
import dev.callgate.routing.PresenceSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Applies availability changes, by an agent, an integration or Callgate itself (R9): audited when
 * the availability changed (A3), announced to the console, and a ringing offer of an agent who
 * leaves is withdrawn so the call moves on. The caller holds the business's routing lock.
 */
@ApplicationScoped
public class PresenceChanges {

  @EJB private AuditLog audit;

  @Inject private RoutingConfig config;

  @Inject private RingEngine engine;

  @Inject private Event<PresenceChanged> changed;

  void set(
      Actor actor,
      AgentPresence presence,
      Availability next,
      PresenceSource source,
      String reason,
      Instant now) {
    if (presence.set(next, source, reason, now, config.presenceTtl())) {
      audit.record(
          actor,
          "agent.availability",
          "agent:" + presence.agentId(),
          reason == null ? next.name() : next.name() + ": " + reason);
      if (next != Availability.ONLINE) {
        engine.withdrawFrom(presence, now);
      }
    }
    announce(presence, now);
  }

  /** Tells the console the agent's presence as it now stands. */
  void announce(AgentPresence presence, Instant now) {
    changed.fire(new PresenceChanged(presence.view(config.eligibility(), now)));
  }
}
