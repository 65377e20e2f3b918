package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentAuthority;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.Availability;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultAgentService implements AgentService {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private Authorities authorities;

  @Override
  public List<AgentView> agents(long businessId) {
    return em.createNamedQuery(Agent.BY_BUSINESS, Agent.class)
        .setParameter("business", businessId)
        .getResultStream()
        .map(Agent::view)
        .toList();
  }

  @Override
  public Optional<AgentView> agent(long businessId, long agentId) {
    return Optional.ofNullable(em.find(Agent.class, agentId))
        .filter(a -> a.businessId() == businessId)
        .map(Agent::view);
  }

  @Override
  public Optional<AgentView> byEmail(String email) {
    return em.createNamedQuery(Agent.BY_EMAIL, Agent.class)
        .setParameter("email", email == null ? "" : email.trim())
        .getResultStream()
        .findFirst()
        .map(Agent::view);
  }

  @Override
  public AgentAuthority authority(Actor actor) {
    return authorities.of(actor);
  }

  @Override
  public AgentView setAvailability(Actor actor, long agentId, Availability availability) {
    // Locked as it is read, before anything else loads it: two toggles at once then run one after
    // the other on the row's latest state. Locking an entity loaded earlier would compare its
    // version and fail the second toggle with an OptimisticLockException instead.
    Agent agent =
        Optional.ofNullable(em.find(Agent.class, agentId, LockModeType.PESSIMISTIC_WRITE))
            .filter(a -> a.businessId() == actor.businessId())
            .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No agent " + agentId));
    if (!authorities.of(actor).maySetAvailabilityOf(agent.view())) {
      throw CallingException.of(
              ErrorCode.FORBIDDEN,
              "Your role may not switch " + agent.view().name() + " online or offline")
          .resolution(
              "Switch yourself; owners, superadmins and admins switch any agent, a sales lead the"
                  + " agents of their team")
          .rule("A1");
    }
    if (agent.switchTo(availability)) {
      audit.record(actor, "agent.availability", "agent:" + agentId, availability.name());
    }
    return agent.view();
  }
}
