package dev.callgate.permissions.internal;

import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Loads pairs, locked when they are about to change, and writes down what changed: each transition
 * becomes a consent ledger line (P11) and a {@link PermissionChanged} event.
 *
 * <p>The pair's row is the lock behind every limit: it is created race-free ({@code on conflict do
 * nothing}) and then read {@code for update}, so two requests for one pair, on two threads or two
 * nodes, run one after the other and the second sees what the first did.
 */
@ApplicationScoped
public class PermissionPairs {

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private Event<PermissionChanged> changes;

  /** The pair, created if it never existed, locked until the transaction ends. */
  public PermissionPair lock(long businessId, String numberId, String waId) {
    em.createNativeQuery(
            "insert into permissions_pair (business_id, number_id, wa_id, state,"
                + " consecutive_unanswered, prompted_to_reconsider, updated_at)"
                + " values (?1, ?2, ?3, 'NONE', 0, false, ?4) on conflict do nothing")
        .setParameter(1, businessId)
        .setParameter(2, numberId)
        .setParameter(3, waId)
        .setParameter(4, clock.instant())
        .executeUpdate();
    return em.createNamedQuery(PermissionPair.FIND, PermissionPair.class)
        .setParameter("number", numberId)
        .setParameter("waId", waId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }

  /** The pair as it is, without a lock; empty when the customer was never asked. */
  public Optional<PermissionPair> find(String numberId, String waId) {
    return em.createNamedQuery(PermissionPair.FIND, PermissionPair.class)
        .setParameter("number", numberId)
        .setParameter("waId", waId)
        .getResultStream()
        .findFirst();
  }

  /** Locks a pair read earlier, reading it again so the caller decides on its latest state. */
  public PermissionPair lockById(long id) {
    PermissionPair pair = em.find(PermissionPair.class, id);
    em.refresh(pair, LockModeType.PESSIMISTIC_WRITE);
    return pair;
  }

  public List<PermissionPair> ofNumber(long businessId, String numberId) {
    return em.createNamedQuery(PermissionPair.OF_NUMBER, PermissionPair.class)
        .setParameter("business", businessId)
        .setParameter("number", numberId)
        .getResultList();
  }

  /** Appends the transitions to the ledger and publishes them, in the caller's transaction. */
  public void record(PermissionPair pair, List<Transition> transitions) {
    for (Transition t : transitions) {
      em.persist(new ConsentRecord(pair, t, clock.instant()));
      changes.fire(
          new PermissionChanged(
              pair.businessId(),
              pair.numberId(),
              pair.waId(),
              t.from(),
              t.to(),
              t.source(),
              t.at(),
              pair.promptedToReconsider()));
    }
  }

  /**
   * Publishes the reconsider prompt of P8, which changes no permission and so has no ledger line.
   */
  public void prompted(PermissionPair pair) {
    changes.fire(
        new PermissionChanged(
            pair.businessId(),
            pair.numberId(),
            pair.waId(),
            pair.state(),
            pair.state(),
            ConsentSource.UNANSWERED_CALLS,
            clock.instant(),
            true));
  }

  public List<ConsentRecord> ledger(String numberId, String waId) {
    return em.createNamedQuery(ConsentRecord.OF_PAIR, ConsentRecord.class)
        .setParameter("number", numberId)
        .setParameter("waId", waId)
        .getResultList();
  }
}
