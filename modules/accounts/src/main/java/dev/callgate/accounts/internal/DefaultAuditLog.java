package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditEntryView;
import dev.callgate.accounts.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

@Stateless
public class DefaultAuditLog implements AuditLog {

  private static final int DETAIL_LIMIT = 2000;

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private Clock clock;

  @Override
  public void record(Actor actor, String action, String target, String detail) {
    String bounded =
        detail == null || detail.length() <= DETAIL_LIMIT
            ? detail
            : detail.substring(0, DETAIL_LIMIT);
    em.persist(new AuditRecord(actor, action, target, bounded, clock.instant()));
  }

  @Override
  public List<AuditEntryView> recent(long businessId, int limit) {
    return em.createNamedQuery(AuditRecord.RECENT, AuditRecord.class)
        .setParameter("business", businessId)
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultStream()
        .map(AuditRecord::view)
        .toList();
  }
}
