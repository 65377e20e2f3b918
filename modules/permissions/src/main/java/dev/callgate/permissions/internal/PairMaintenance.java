package dev.callgate.permissions.internal;

import dev.callgate.permissions.PermissionState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The scheduled upkeep of {@link PermissionSweeper}, one pair per transaction so that one pair's
 * failure (the Cloud API refusing a reconciliation, say) leaves the others alone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PairMaintenance {

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  @Inject private PermissionPairs pairs;

  @Inject private PairReconciler reconciler;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  /** Pairs whose temporary permission or open request has lapsed but is not yet written down. */
  public List<Long> lapsed() {
    return em.createNamedQuery(PermissionPair.LAPSED, Long.class)
        .setParameter("temporary", PermissionState.TEMPORARY)
        .setParameter("pending", PermissionState.PENDING)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /**
   * Pairs with an active permission that were not compared with the Cloud API lately (P10); none
   * when the interval is configured as zero.
   */
  public List<Long> dueForReconciliation() {
    if (settings.reconcileInterval().isZero()) {
      return List.of();
    }
    Instant before = clock.instant().minus(settings.reconcileInterval());
    return em.createNamedQuery(PermissionPair.DUE_FOR_RECONCILIATION, Long.class)
        .setParameter("states", List.of(PermissionState.TEMPORARY, PermissionState.PERMANENT))
        .setParameter("before", before)
        .setMaxResults(settings.reconcileBatchSize())
        .getResultList();
  }

  public void settle(long pairId) {
    PermissionPair pair = pairs.lockById(pairId);
    pairs.record(pair, pair.settle(clock.instant()));
  }

  public void reconcile(long pairId) {
    PermissionPair pair = em.find(PermissionPair.class, pairId);
    reconciler.reconcile(pair.businessId(), pair.numberId(), pair.waId());
  }
}
