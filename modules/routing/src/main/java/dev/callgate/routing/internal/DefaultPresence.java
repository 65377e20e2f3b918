package dev.callgate.routing.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.routing.Availability;
import dev.callgate.routing.OfferView;
import dev.callgate.routing.Presence;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.PresenceView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Presence as agents, integrations and the console see it (R2, R9, R10, R12). */
@Stateless
public class DefaultPresence implements Presence {

  @EJB private AgentService agents;

  @Inject private RoutingRows rows;

  @Inject private RoutingConfig config;

  @Inject private PresenceChanges changes;

  @Inject private Clock clock;

  @Override
  public PresenceView heartbeat(long businessId, long agentId) {
    requireAgent(businessId, agentId);
    Instant now = clock.instant();
    // no business lock: a beat only ever moves heartbeat_at forward (see AgentPresence)
    rows.ensurePresence(businessId, agentId, now);
    rows.beat(agentId, now);
    return rows.existingPresence(agentId).orElseThrow().view(config.eligibility(), now);
  }

  @Override
  public PresenceView set(
      Actor actor, long agentId, Availability availability, PresenceSource source) {
    AgentView agent = requireAgent(actor.businessId(), agentId);
    if (!agents.authority(actor).maySetAvailabilityOf(agent)) {
      throw CallingException.of(
              ErrorCode.FORBIDDEN,
              "Your role may not switch " + agent.name() + " online, away or offline")
          .resolution(
              "Switch yourself; owners, superadmins and admins switch any agent, a sales lead the"
                  + " agents of their team")
          .rule("A1");
    }
    rows.lockBusiness(actor.businessId());
    Instant now = clock.instant();
    AgentPresence presence = rows.presence(actor.businessId(), agentId, now);
    changes.set(actor, presence, availability, source, null, now);
    return presence.view(config.eligibility(), now);
  }

  @Override
  public PresenceView presence(long businessId, long agentId) {
    requireAgent(businessId, agentId);
    return rows.existingPresence(agentId)
        .map(p -> p.view(config.eligibility(), clock.instant()))
        .orElse(PresenceView.offline(businessId, agentId));
  }

  @Override
  public List<PresenceView> presences(long businessId) {
    Instant now = clock.instant();
    return rows.presences(businessId).stream().map(p -> p.view(config.eligibility(), now)).toList();
  }

  @Override
  public List<OfferView> openOffers(long businessId, long agentId) {
    requireAgent(businessId, agentId);
    return rows.openOffers(agentId).stream()
        .flatMap(o -> rows.ring(o.callId()).stream().map(r -> o.view(r.numberId(), r.waId())))
        .toList();
  }

  private AgentView requireAgent(long businessId, long agentId) {
    return agents
        .agent(businessId, agentId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No agent " + agentId));
  }
}
