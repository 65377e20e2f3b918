package dev.callgate.calls.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.NumberView;
import dev.callgate.calls.WebhookEventStatus;
import dev.callgate.calls.WebhookEventView;
import dev.callgate.calls.WebhookEvents;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Webhook events are Meta's app-wide; a business sees those of its numbers and WABAs. */
@Stateless
public class DefaultWebhookEvents implements WebhookEvents {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @EJB private BusinessService businesses;

  @Inject private WebhookQueue queue;

  @Inject private AuditLog audit;

  @Override
  public List<WebhookEventView> list(
      long businessId, WebhookEventStatus status, String dedupeKey, int limit) {
    Scope scope = scope(businessId);
    if (scope.isEmpty()) {
      return List.of();
    }
    TypedQuery<WebhookEventEntry> query =
        em.createQuery(
                "select e from WebhookEventEntry e where (e.phoneNumberId in :phones"
                    + " or (e.phoneNumberId is null and e.wabaId in :wabas))"
                    + " and (:status is null or e.status = :status)"
                    + " and (:key is null or e.dedupeKey = :key) order by e.id desc",
                WebhookEventEntry.class)
            .setParameter("phones", scope.phones())
            .setParameter("wabas", scope.wabas())
            .setParameter("status", status)
            .setParameter("key", dedupeKey)
            .setMaxResults(Math.max(1, Math.min(limit, 500)));
    return query.getResultStream().map(WebhookEventEntry::view).toList();
  }

  @Override
  public Optional<WebhookEventView> replay(Actor actor, long eventId) {
    long businessId = actor.businessId();
    WebhookEventEntry entry =
        em.find(WebhookEventEntry.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !scope(businessId).covers(entry.view())) {
      return Optional.empty();
    }
    if (entry.status() != WebhookEventStatus.DEAD) {
      throw CallingException.of(
          ErrorCode.CONFLICT, "Only dead events are replayed; this one is " + entry.status());
    }
    entry.replay();
    queue.enqueue(eventId, 0);
    audit.record(
        actor, "webhook-event.replay", "webhook-event:" + eventId, entry.view().dedupeKey());
    return Optional.of(entry.view());
  }

  @Override
  public Optional<WebhookEventView> byDedupeKey(String dedupeKey) {
    return em.createQuery(
            "select e from WebhookEventEntry e where e.dedupeKey = :key", WebhookEventEntry.class)
        .setParameter("key", dedupeKey)
        .getResultStream()
        .findFirst()
        .map(WebhookEventEntry::view);
  }

  private Scope scope(long businessId) {
    List<NumberView> numbers = businesses.numbers(businessId);
    return new Scope(
        numbers.stream().map(NumberView::id).collect(Collectors.toSet()),
        numbers.stream().map(NumberView::wabaId).collect(Collectors.toSet()));
  }

  private record Scope(Set<String> phones, Set<String> wabas) {

    boolean isEmpty() {
      return phones.isEmpty() && wabas.isEmpty();
    }

    boolean covers(WebhookEventView e) {
      return e.phoneNumberId() == null
          ? wabas.contains(e.wabaId())
          : phones.contains(e.phoneNumberId());
    }
  }
}
