package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentAuthority;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds what an actor may do (A1) from the database, at the moment it acts: a role changed by an
 * owner counts at once, not from the agent's next sign-in.
 */
@ApplicationScoped
public class Authorities {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  public AgentAuthority of(Actor actor) {
    return actor
        .agentEmail()
        .map(email -> ofAgent(actor.businessId(), email))
        .orElseGet(AgentAuthority::wholeBusiness);
  }

  private AgentAuthority ofAgent(long businessId, String email) {
    return em.createNamedQuery(Agent.BY_EMAIL, Agent.class)
        .setParameter("email", email)
        .getResultStream()
        .filter(agent -> agent.businessId() == businessId)
        .findFirst()
        .map(Agent::view)
        .map(agent -> new AgentAuthority(agent.id(), agent.role(), agent.teamId()))
        .orElseThrow(
            () ->
                CallingException.of(ErrorCode.FORBIDDEN, "No agent " + email + " in this business")
                    .rule("A1"));
  }
}
