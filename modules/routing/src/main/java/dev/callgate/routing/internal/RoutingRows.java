package dev.callgate.routing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Routing's tables: the business lock, presence rows, number settings, rings and offers. Rows that
 * two requests may create at once are inserted race-free ({@code on conflict do nothing}).
 */
@ApplicationScoped
public class RoutingRows {

  @PersistenceContext(unitName = "routing")
  private EntityManager em;

  /**
   * Locks the business's routing row until the transaction ends. Taken first by every routing
   * decision, so offers, accepts, timeouts and presence changes of one business never interleave,
   * on this node or another (R5).
   */
  public void lockBusiness(long businessId) {
    em.createNativeQuery(
            "insert into routing_business_lock (business_id) values (?1) on conflict do nothing")
        .setParameter(1, businessId)
        .executeUpdate();
    em.createNativeQuery(
            "select business_id from routing_business_lock where business_id = ?1 for update")
        .setParameter(1, businessId)
        .getResultList();
  }

  /** The agent's presence row, created OFFLINE if routing never heard of the agent. */
  public AgentPresence presence(long businessId, long agentId, Instant now) {
    AgentPresence found = em.find(AgentPresence.class, agentId);
    if (found != null) {
      return found;
    }
    ensurePresence(businessId, agentId, now);
    return em.find(AgentPresence.class, agentId);
  }

  /** Creates the agent's row OFFLINE unless it exists, without loading it. */
  public void ensurePresence(long businessId, long agentId, Instant now) {
    em.createNativeQuery(
            "insert into routing_presence (agent_id, business_id, availability, changed_at,"
                + " activity, unanswered_in_row) values (?1, ?2, 'OFFLINE', ?3, 'IDLE', 0)"
                + " on conflict do nothing")
        .setParameter(1, agentId)
        .setParameter(2, businessId)
        .setParameter(3, now)
        .executeUpdate();
  }

  /** Rows of the business that may be eligible: ONLINE and idle (wrap-up and reach aside). */
  public List<AgentPresence> availableIdle(long businessId) {
    return em.createNamedQuery(AgentPresence.AVAILABLE_IDLE, AgentPresence.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  public Optional<AgentPresence> existingPresence(long agentId) {
    return Optional.ofNullable(em.find(AgentPresence.class, agentId));
  }

  public List<AgentPresence> presences(long businessId) {
    return em.createNamedQuery(AgentPresence.OF_BUSINESS, AgentPresence.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  /** Presence rows of the given agents; agents without a row are absent from the answer. */
  public List<AgentPresence> presences(Collection<Long> agentIds) {
    if (agentIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from AgentPresence p where p.agentId in :agents", AgentPresence.class)
        .setParameter("agents", agentIds)
        .getResultList();
  }

  /** The console beat, written alone so that it needs no lock (see {@link AgentPresence}). */
  public void beat(long agentId, Instant now) {
    em.createQuery(
            "update AgentPresence p set p.heartbeatAt = :now where p.agentId = :agent"
                + " and (p.heartbeatAt is null or p.heartbeatAt < :now)")
        .setParameter("now", now)
        .setParameter("agent", agentId)
        .executeUpdate();
  }

  public Optional<NumberRouting> number(String numberId) {
    return Optional.ofNullable(em.find(NumberRouting.class, numberId));
  }

  /** The number's row, created with the defaults when first needed. */
  public NumberRouting numberForUpdate(String numberId, long businessId) {
    return number(numberId)
        .orElseGet(
            () -> {
              NumberRouting created = new NumberRouting(numberId, businessId);
              em.persist(created);
              return created;
            });
  }

  public void add(Ring ring) {
    em.persist(ring);
  }

  public void add(Offer offer) {
    em.persist(offer);
  }

  public Optional<Ring> ring(long callId) {
    return Optional.ofNullable(em.find(Ring.class, callId));
  }

  /** The ring as committed now: read again after the lock it may have waited for. */
  public Ring refreshed(Ring ring) {
    em.refresh(ring);
    return ring;
  }

  public List<Offer> offers(long callId) {
    return em.createNamedQuery(Offer.OF_CALL, Offer.class)
        .setParameter("call", callId)
        .getResultList();
  }

  public List<Offer> openOffers(long agentId) {
    return em.createNamedQuery(Offer.OPEN_FOR_AGENT, Offer.class)
        .setParameter("agent", agentId)
        .getResultList();
  }

  /** Rings a timer must look at by {@code now}, earliest first. */
  public List<Long> due(Instant now, int max) {
    return em.createNamedQuery(Ring.DUE, Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }
}
