package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentAuthority;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultAgentService implements AgentService {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

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
}
